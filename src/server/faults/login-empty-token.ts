import { withHeaders } from '../response';
import type { Fault } from './fault';

export const loginEmptyToken: Fault = {
  name: 'login-empty-token',
  description: 'A successful login sends the Token header empty (the cookie still holds the session).',
  breaks: ['auth.login-returns-token', 'op.login.response_headers_conformance'],
  collateral: [
    'op.getMe.status_code_conformance',
    'op.logout.status_code_conformance',
    'op.getUserById.status_code_conformance',
  ],
  // With no token there is none to send back.
  skips: [
    'auth.session-kept',
    'auth.bearer-accepted',
    'op.getMe.response_headers_conformance',
    'op.getMe.response_schema_conformance',
    'op.logout.response_headers_conformance',
    'op.logout.response_schema_conformance',
    'op.getUserById.response_headers_conformance',
    'op.getUserById.response_schema_conformance',
  ],
  install: () => ({
    beforeRespond: (response) =>
      response.operation === 'login' && response.status === 200
        ? withHeaders(response, { token: '' })
        : response,
  }),
};
