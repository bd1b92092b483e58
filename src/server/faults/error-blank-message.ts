import { editErrorBody } from '../error-body';
import type { Fault } from './fault';

export const errorBlankMessage: Fault = {
  name: 'error-blank-message',
  description: 'Sends every error body with a message of blanks only, not empty yet saying nothing.',
  // The edge of "not empty": a message that is there, but states no reason.
  breaks: ['errors.message-present'],
  install: () => ({
    beforeRespond: (response) => editErrorBody(response, (body) => ({ ...body, message: '   ' })),
  }),
};
