import { presentedTokens } from '../auth/presented-tokens';
import { jsonResponse } from '../response';
import { operationOf } from '../routes';
import type { Fault } from './fault';

export const logoutWithoutCredentials: Fault = {
  name: 'logout-without-credentials',
  description: 'Answers a logout that presents no session it issued with 200, as if one had ended.',
  breaks: ['op.logout.ignored_auth'],
  install: ({ sessions }) => ({
    respond: (request, next) => {
      const tokens = presentedTokens(request.headers);
      const known = sessions.userIdOf(tokens.bearer ?? tokens.cookie) !== undefined;
      return operationOf(request) === 'logout' && !known
        ? { ...jsonResponse(200, { user_id: '' }), operation: 'logout' }
        : next(request);
    },
  }),
};
