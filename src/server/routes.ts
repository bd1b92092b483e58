import { errorResponse } from './error-body';
import { login } from './handlers/login';
import { logout } from './handlers/logout';
import { me } from './handlers/me';
import { MAX_BODY_BYTES } from './read-body';
import type { Operation, ServerRequest } from './request';
import { type ServerResponse, withHeaders } from './response';
import type { Handler, Services } from './services';

export const API_BASE = '/api/v1';

interface Route {
  method: string;
  path: string;
  operation: Operation;
  handle: Handler;
}

const ROUTES: readonly Route[] = [
  { method: 'POST', path: `${API_BASE}/users/login`, operation: 'login', handle: login },
  { method: 'GET', path: `${API_BASE}/users/me`, operation: 'me', handle: me },
  { method: 'POST', path: `${API_BASE}/users/logout`, operation: 'logout', handle: logout },
];

/** The documented operation a request asks for, when its method and path name one. */
export function operationOf(request: Pick<ServerRequest, 'method' | 'path'>): Operation | undefined {
  return ROUTES.find((r) => r.path === request.path && r.method === request.method)?.operation;
}

/** Hands the request to its route's handler; an unknown path is a 404, a wrong method a 405. */
export function route(request: ServerRequest, services: Services): ServerResponse {
  if (request.bodyTooLarge) {
    return errorResponse(request, 413, 'Request body too large.', `the limit is ${MAX_BODY_BYTES} bytes`);
  }
  const atPath = ROUTES.filter((r) => r.path === request.path);
  const matched = atPath.find((r) => r.method === request.method);
  if (matched) return { ...matched.handle(request, services), operation: matched.operation };
  if (atPath.length === 0) return notFound(request);
  const allowed = atPath.map((r) => r.method).join(', ');
  return withHeaders(
    errorResponse(
      request,
      405,
      'Method not allowed.',
      `${request.method} ${request.path}: allowed ${allowed}`,
    ),
    { allow: allowed },
  );
}

export function notFound(request: ServerRequest): ServerResponse {
  return errorResponse(
    request,
    404,
    'Sorry, we could not find the page.',
    `no route for ${request.method} ${request.path}`,
  );
}
