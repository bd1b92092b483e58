import { makePrivateTempFolder } from './private-temp-folder';

export default makePrivateTempFolder;
