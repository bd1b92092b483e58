import { editErrorBody } from '../error-body';
import type { Fault } from './fault';

export const errorBodyMissingField: Fault = {
  name: 'error-body-missing-field',
  description: 'Leaves detailed_error out of every error body.',
  breaks: [
    'errors.body-schema',
    'op.login.error_response_conformance',
    'op.getUserById.error_response_conformance',
  ],
  collateral: ['op.getMe.ignored_auth', 'op.logout.ignored_auth', 'op.getUserById.ignored_auth'],
  install: () => ({
    beforeRespond: (response) => editErrorBody(response, ({ detailed_error: _dropped, ...rest }) => rest),
  }),
};
