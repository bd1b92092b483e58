import { removePrivateTempFolder } from './private-temp-folder';

export default removePrivateTempFolder;
