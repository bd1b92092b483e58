import { withHeaders } from '../response';
import type { Fault } from './fault';

export const loginEmptyToken: Fault = {
  name: 'login-empty-token',
  description: 'A successful login sends the Token header empty (the cookie still holds the session).',
  breaks: ['auth.login-returns-token'],
  // With no token there is none to send back.
  skips: ['auth.bearer-accepted'],
  install: () => ({
    beforeRespond: (response) =>
      response.operation === 'login' && response.status === 200
        ? withHeaders(response, { token: '' })
        : response,
  }),
};
