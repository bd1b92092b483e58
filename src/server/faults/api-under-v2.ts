import { API_BASE, notFound } from '../routes';
import type { Fault } from './fault';

const V2 = '/api/v2/';

export const apiUnderV2: Fault = {
  name: 'api-under-v2',
  description: 'Serves the API under /api/v2/ and answers 404 to everything under /api/v1/.',
  breaks: ['api.base-path'],
  // With nothing under /api/v1/ there is no login, so no token, cookie or user to judge; /users/me answers 404.
  collateral: [
    'auth.login-returns-token',
    'auth.unauthenticated-refused',
    'op.login.status_code_conformance',
  ],
  skips: [
    'auth.session-kept',
    'auth.login-returns-user',
    'auth.login-example-request',
    'auth.login-sets-cookie',
    'auth.bearer-accepted',
    'auth.cookie-accepted',
    'auth.no-password-in-user',
    'op.login.response_headers_conformance',
    'op.login.response_schema_conformance',
    'op.getMe.status_code_conformance',
    'op.getMe.response_headers_conformance',
    'op.getMe.response_schema_conformance',
    'op.getMe.ignored_auth',
    'op.logout.status_code_conformance',
    'op.logout.response_headers_conformance',
    'op.logout.response_schema_conformance',
    'op.logout.ignored_auth',
    'op.getUserById.status_code_conformance',
    'op.getUserById.response_headers_conformance',
    'op.getUserById.response_schema_conformance',
    'op.getUserById.ignored_auth',
    'op.getUserById.input_classes',
    'op.getUserById.error_response_conformance',
  ],
  install: () => ({
    respond: (request, next) => {
      if (request.path.startsWith(V2)) {
        return next({ ...request, path: `${API_BASE}/${request.path.slice(V2.length)}` });
      }
      return request.path.startsWith(`${API_BASE}/`) ? notFound(request) : next(request);
    },
  }),
};
