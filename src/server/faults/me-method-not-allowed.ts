import { errorResponse } from '../error-body';
import { operationOf } from '../routes';
import type { Fault } from './fault';

export const meMethodNotAllowed: Fault = {
  name: 'me-method-not-allowed',
  description: 'Answers GET /users/me with 405, as if the route had no such method.',
  // The other status api.base-path refuses, beside api-under-v2's 404.
  breaks: ['api.base-path', 'op.getMe.status_code_conformance'],
  // With /users/me refused, no token or cookie is seen to authenticate, and no request is refused with 401.
  collateral: [
    'auth.bearer-accepted',
    'auth.cookie-accepted',
    'auth.unauthenticated-refused',
    'op.getMe.ignored_auth',
  ],
  skips: ['op.getMe.response_headers_conformance', 'op.getMe.response_schema_conformance'],
  install: () => ({
    respond: (request, next) =>
      operationOf(request) === 'me'
        ? errorResponse(
            request,
            405,
            'Method not allowed.',
            `${request.method} ${request.path}: allowed POST`,
          )
        : next(request),
  }),
};
