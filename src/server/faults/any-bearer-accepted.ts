import { DEMO_USER } from '../auth/demo-user';
import type { Fault } from './fault';

export const anyBearerAccepted: Fault = {
  name: 'any-bearer-accepted',
  description: "Takes any Bearer token, even one it never issued, as the demo user's.",
  breaks: [
    'auth.unauthenticated-no-user',
    'auth.unauthenticated-refused',
    'op.getMe.ignored_auth',
    'op.getUserById.ignored_auth',
  ],
  install: () => ({
    authenticate: (tokens, next) => next(tokens) ?? (tokens.bearer === undefined ? undefined : DEMO_USER),
  }),
};
