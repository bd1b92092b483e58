import type { Fault } from './fault';
import { ANOTHER_USER } from './support/another-user';

export const meWrongUser: Fault = {
  name: 'me-wrong-user',
  description: '/users/me answers with another user than the one the token or cookie belongs to.',
  breaks: ['auth.bearer-accepted', 'auth.cookie-accepted'],
  install: () => ({
    beforeRespond: (response) =>
      response.operation === 'me' && response.status === 200 ? { ...response, json: ANOTHER_USER } : response,
  }),
};
