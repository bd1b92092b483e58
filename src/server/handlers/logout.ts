import { presentedTokens } from '../auth/presented-tokens';
import { expiredSessionCookie } from '../auth/session-cookie';
import { errorResponse } from '../error-body';
import { jsonResponse } from '../response';
import type { Handler } from '../services';

/**
 * POST /api/v1/users/logout, as Mattermost 1.x has it: ends the session a Bearer token or the
 * MMSID cookie presents (or, with `logoutEnds: every-session`, every session of its user),
 * expires the cookie and answers `{"user_id": …}`. The overview document does not describe it;
 * the checker uses it to leave no session of its own behind.
 */
export const logout: Handler = (request, { sessions }) => {
  const tokens = presentedTokens(request.headers);
  const token = tokens.bearer ?? tokens.cookie;
  const userId = sessions.userIdOf(token);
  if (token === undefined || userId === undefined) {
    return errorResponse(
      request,
      401,
      'Invalid or expired session, please login again.',
      'users/logout: no session to end',
    );
  }
  sessions.logOut(token);
  return jsonResponse(200, { user_id: userId }, { 'set-cookie': expiredSessionCookie() });
};
