import type { Fault } from './fault';
import { ANOTHER_USER } from './support/another-user';

export const loginWrongUser: Fault = {
  name: 'login-wrong-user',
  description:
    'A successful login answers with the User object of another email than the one that logged in.',
  breaks: ['auth.login-returns-user'],
  collateral: ['op.getUserById.status_code_conformance'],
  skips: ['op.getUserById.response_headers_conformance', 'op.getUserById.response_schema_conformance'],
  install: () => ({
    beforeRespond: (response) =>
      response.operation === 'login' && response.status === 200
        ? { ...response, json: ANOTHER_USER }
        : response,
  }),
};
