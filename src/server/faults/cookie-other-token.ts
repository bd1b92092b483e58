import { sessionCookie } from '../auth/session-cookie';
import { withHeaders } from '../response';
import type { Fault } from './fault';

export const cookieOtherToken: Fault = {
  name: 'cookie-other-token',
  description:
    'Puts a second session of the same user in the MMSID cookie: valid, but not the Token it sent.',
  breaks: ['auth.login-sets-cookie'],
  install: ({ sessions }) => ({
    beforeRespond: (response) => {
      const token = response.headers.token;
      const userId = typeof token === 'string' ? sessions.userIdOf(token) : undefined;
      if (response.operation !== 'login' || userId === undefined) return response;
      return withHeaders(response, { 'set-cookie': sessionCookie(sessions.issue(userId)) });
    },
  }),
};
