import { presentedTokens } from '../auth/presented-tokens';
import { errorResponse } from '../error-body';
import { jsonResponse } from '../response';
import type { Handler } from '../services';

/**
 * GET /api/v1/users/{user_id}, as Mattermost 1.x has it: a known user to an authenticated
 * request. The overview document does not describe it; the OpenAPI document adds it (x-source).
 */
export const userById: Handler = (request, { accounts, authenticate }) => {
  if (!authenticate(presentedTokens(request.headers))) {
    return errorResponse(
      request,
      401,
      'Invalid or expired session, please login again.',
      'users/{user_id}: no session this server issued',
    );
  }
  const id = decodeURIComponent(request.path.slice(request.path.lastIndexOf('/') + 1));
  const user = accounts.userById(id);
  if (!user) {
    return errorResponse(
      request,
      404,
      'We could not find that user.',
      'users/{user_id}: no user with that id',
    );
  }
  return jsonResponse(200, user);
};
