import type { Fault } from './fault';

export const bearerIgnored: Fault = {
  name: 'bearer-ignored',
  description:
    'Ignores the Bearer token in Authorization and Authentication; only the MMSID cookie authenticates.',
  breaks: ['auth.bearer-accepted'],
  install: () => ({
    authenticate: (tokens, next) => next({ ...tokens, bearer: undefined }),
  }),
};
