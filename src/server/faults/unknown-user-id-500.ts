import type { Fault } from './fault';
import { inputAnswered500 } from './support/input-answered-500';

export const unknownUserId500: Fault = {
  name: 'unknown-user-id-500',
  description: "Answers GET /users/{user_id} for an id it does not know with 500 and the database's text.",
  breaks: ['op.getUserById.input_classes'],
  // Its only faulty input now draws an undocumented 500: no documented error is left to judge.
  skips: ['op.getUserById.error_response_conformance'],
  install: ({ accounts }) =>
    inputAnswered500(
      'user-by-id',
      (request) => accounts.userById(request.path.slice(request.path.lastIndexOf('/') + 1)) === undefined,
      'SqlUserStore.Get: sql: no rows in result set',
    ),
};
