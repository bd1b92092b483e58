import type { Fault } from './fault';

export const cookieIgnored: Fault = {
  name: 'cookie-ignored',
  description: 'Ignores the MMSID cookie; only a Bearer token authenticates.',
  breaks: ['auth.cookie-accepted'],
  install: () => ({
    authenticate: (tokens, next) => next({ ...tokens, cookie: undefined }),
  }),
};
