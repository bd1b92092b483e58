import { notFound, operationOf } from '../routes';
import type { Fault } from './fault';

export const userByIdMissing: Fault = {
  name: 'user-by-id-missing',
  description: 'Has no GET /users/{user_id} route: every user id is a 404, as for an unknown path.',
  breaks: ['op.getUserById.status_code_conformance'],
  // Without the route, nothing is refused for want of credentials: a 404, not the documented 401.
  collateral: ['op.getUserById.ignored_auth'],
  // No 200 answer: there are no documented headers or body to judge.
  skips: ['op.getUserById.response_headers_conformance', 'op.getUserById.response_schema_conformance'],
  install: () => ({
    respond: (request, next) => (operationOf(request) === 'user-by-id' ? notFound(request) : next(request)),
  }),
};
