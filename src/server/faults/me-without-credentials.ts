import { DEMO_USER } from '../auth/demo-user';
import type { Fault } from './fault';

export const meWithoutCredentials: Fault = {
  name: 'me-without-credentials',
  description: '/users/me without any token or cookie answers 200 with the demo user.',
  breaks: ['auth.unauthenticated-no-user', 'auth.unauthenticated-refused', 'op.getMe.ignored_auth'],
  collateral: ['op.getUserById.ignored_auth'],
  install: () => ({
    authenticate: (tokens, next) =>
      tokens.bearer === undefined && tokens.cookie === undefined ? DEMO_USER : next(tokens),
  }),
};
