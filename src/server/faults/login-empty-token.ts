import { withHeaders } from '../response';
import type { Fault } from './fault';

export const loginEmptyToken: Fault = {
  name: 'login-empty-token',
  description: 'A successful login sends the Token header empty (the cookie still holds the session).',
  breaks: ['auth.login-returns-token'],
  // An empty Token matches no cookie.
  collateral: ['auth.login-sets-cookie'],
  install: () => ({
    beforeRespond: (response) =>
      response.operation === 'login' && response.status === 200
        ? withHeaders(response, { token: '' })
        : response,
  }),
};
