import { presentedTokens } from '../auth/presented-tokens';
import { errorResponse } from '../error-body';
import { jsonResponse } from '../response';
import type { Handler } from '../services';

/** GET /api/v1/users/me: the user a Bearer token or the MMSID cookie authenticates. */
export const me: Handler = (request, { authenticate }) => {
  const tokens = presentedTokens(request.headers);
  const user = authenticate(tokens);
  if (user) return jsonResponse(200, user);
  const detail =
    tokens.bearer === undefined && tokens.cookie === undefined
      ? 'users/me: no Bearer token in Authorization or Authentication, and no MMSID cookie'
      : 'users/me: the token is not a session this server issued';
  return errorResponse(request, 401, 'Invalid or expired session, please login again.', detail);
};
