import { TEXT_TYPE, withHeaders } from '../response';
import type { Fault } from './fault';

export const jsonLabelledText: Fault = {
  name: 'json-labelled-text',
  description: 'Labels its JSON bodies text/plain instead of application/json.',
  breaks: ['api.json-content-type'],
  install: () => ({
    beforeRespond: (response) =>
      response.json === undefined ? response : withHeaders(response, { 'content-type': TEXT_TYPE }),
  }),
};
