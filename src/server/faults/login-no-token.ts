import { withHeaders } from '../response';
import type { Fault } from './fault';

export const loginNoToken: Fault = {
  name: 'login-no-token',
  description: 'A successful login sends no Token header (the cookie still holds the session).',
  breaks: ['auth.login-returns-token'],
  // Without a Token there is none to compare the cookie with.
  collateral: ['auth.login-sets-cookie'],
  install: () => ({
    beforeRespond: (response) =>
      response.operation === 'login' && response.status === 200
        ? withHeaders(response, { token: undefined })
        : response,
  }),
};
