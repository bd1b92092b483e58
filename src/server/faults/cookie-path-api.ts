import type { HeaderValue } from '../response';
import type { Fault } from './fault';

function scopedToApi(cookie: HeaderValue): HeaderValue {
  return Array.isArray(cookie)
    ? cookie.map((c) => c.replace('Path=/;', 'Path=/api/v1;'))
    : cookie.replace('Path=/;', 'Path=/api/v1;');
}

export const cookiePathApi: Fault = {
  name: 'cookie-path-api',
  description: 'Scopes the MMSID cookie to Path=/api/v1 instead of the Path=/ the example shows.',
  // Another attribute of the cookie than cookie-not-httponly's, and another than its value.
  breaks: ['auth.login-sets-cookie'],
  install: () => ({
    beforeRespond: (response) => {
      const cookie = response.headers['set-cookie'];
      if (response.operation !== 'login' || cookie === undefined) return response;
      return { ...response, headers: { ...response.headers, 'set-cookie': scopedToApi(cookie) } };
    },
  }),
};
