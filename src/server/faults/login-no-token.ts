import { withHeaders } from '../response';
import type { Fault } from './fault';

export const loginNoToken: Fault = {
  name: 'login-no-token',
  description: 'A successful login sends no Token header (the cookie still holds the session).',
  breaks: ['auth.login-returns-token'],
  // With no token there is none to send back.
  skips: ['auth.bearer-accepted'],
  install: () => ({
    beforeRespond: (response) =>
      response.operation === 'login' && response.status === 200
        ? withHeaders(response, { token: undefined })
        : response,
  }),
};
