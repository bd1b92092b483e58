import { errorResponse } from './error-body';
import { login } from './handlers/login';
import { logout } from './handlers/logout';
import { me } from './handlers/me';
import { userById } from './handlers/user-by-id';
import { MAX_BODY_BYTES } from './read-body';
import type { Operation, ServerRequest } from './request';
import { type ServerResponse, withHeaders } from './response';
import type { Handler, Services } from './services';

export const API_BASE = '/api/v1';

interface Route {
  method: string;
  /** A path, or a template whose `{name}` stands for one path segment. */
  path: string;
  operation: Operation;
  handle: Handler;
}

const ROUTES: readonly Route[] = [
  { method: 'POST', path: `${API_BASE}/users/login`, operation: 'login', handle: login },
  { method: 'GET', path: `${API_BASE}/users/me`, operation: 'me', handle: me },
  { method: 'POST', path: `${API_BASE}/users/logout`, operation: 'logout', handle: logout },
  { method: 'GET', path: `${API_BASE}/users/{user_id}`, operation: 'user-by-id', handle: userById },
];

/**
 * The routes at a request's path: those whose path is exactly it, or else those whose template
 * matches it — a concrete path wins over a template, as OpenAPI has it (/users/me is no user id).
 */
function routesAt(path: string): Route[] {
  const exact = ROUTES.filter((r) => r.path === path);
  return exact.length > 0
    ? exact
    : ROUTES.filter((r) => r.path.includes('{') && templateMatches(r.path, path));
}

function templateMatches(template: string, path: string): boolean {
  const wanted = template.split('/');
  const given = path.split('/');
  return (
    wanted.length === given.length &&
    wanted.every((part, i) => (/^\{[^}]+\}$/.test(part) ? given[i] !== '' : part === given[i]))
  );
}

/** The documented operation a request asks for, when its method and path name one. */
export function operationOf(request: Pick<ServerRequest, 'method' | 'path'>): Operation | undefined {
  return routesAt(request.path).find((r) => r.method === request.method)?.operation;
}

/** Hands the request to its route's handler; an unknown path is a 404, a wrong method a 405. */
export function route(request: ServerRequest, services: Services): ServerResponse {
  if (request.bodyTooLarge) {
    return errorResponse(request, 413, 'Request body too large.', `the limit is ${MAX_BODY_BYTES} bytes`);
  }
  const atPath = routesAt(request.path);
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
