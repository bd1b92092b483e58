import { editErrorBody } from '../error-body';
import type { Fault } from './fault';

export const errorStatusCodeString: Fault = {
  name: 'error-status-code-string',
  description: 'Sends the error body\'s status_code as a string ("401"), the right value of the wrong type.',
  breaks: ['errors.body-schema'],
  collateral: [
    'op.login.error_response_conformance',
    'op.getUserById.error_response_conformance',
    'op.getMe.ignored_auth',
    'op.logout.ignored_auth',
    'op.getUserById.ignored_auth',
  ],
  install: () => ({
    beforeRespond: (response) =>
      editErrorBody(response, (body) => ({ ...body, status_code: String(body.status_code) })),
  }),
};
