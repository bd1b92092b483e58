import type { HeaderValue } from '../response';
import type { Fault } from './fault';

function withoutHttpOnly(cookie: HeaderValue): HeaderValue {
  return Array.isArray(cookie)
    ? cookie.map((c) => c.replace(/;\s*HttpOnly/i, ''))
    : cookie.replace(/;\s*HttpOnly/i, '');
}

export const cookieNotHttpOnly: Fault = {
  name: 'cookie-not-httponly',
  description: 'Sets the MMSID cookie without HttpOnly, so page scripts can read the session.',
  breaks: ['auth.login-sets-cookie'],
  install: () => ({
    beforeRespond: (response) => {
      const cookie = response.headers['set-cookie'];
      if (response.operation !== 'login' || cookie === undefined) return response;
      return { ...response, headers: { ...response.headers, 'set-cookie': withoutHttpOnly(cookie) } };
    },
  }),
};
