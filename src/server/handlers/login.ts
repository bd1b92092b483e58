import type { LoginOutcome } from '../auth/accounts';
import { sessionCookie } from '../auth/session-cookie';
import { errorResponse } from '../error-body';
import { jsonResponse } from '../response';
import type { Handler } from '../services';
import { readLoginRequest } from './login-request';

/** Why a login was refused, as Mattermost words it; every refusal is a 401. */
const REFUSALS: Record<Exclude<LoginOutcome['kind'], 'ok'>, [message: string, detail: string]> = {
  'unknown-team': ["We couldn't find an existing team with that name.", 'users/login: no such team'],
  'unknown-email': [
    "We couldn't find an existing account matching your email address for this team.",
    'users/login: no user with that email on the team',
  ],
  'wrong-password': ['Login failed because of invalid password.', 'users/login: password mismatch'],
  locked: [
    'Your account is locked because of too many failed password attempts. Please reset your password.',
    'users/login: account locked',
  ],
};

/** POST /api/v1/users/login: a session token in the Token header and MMSID cookie, the User in the body. */
export const login: Handler = (request, { accounts, sessions }) => {
  const read = readLoginRequest(request.body);
  if (read.kind === 'malformed') {
    return errorResponse(
      request,
      400,
      'Invalid login request: the body must be a JSON object.',
      `users/login: ${read.reason}`,
    );
  }
  if (read.kind === 'incomplete') {
    return errorResponse(
      request,
      400,
      'Invalid login request: name, email and password are required.',
      `users/login: missing ${read.missing.join(', ')}`,
    );
  }
  const outcome = accounts.logIn(read.fields);
  if (outcome.kind !== 'ok') return errorResponse(request, 401, ...REFUSALS[outcome.kind]);
  const token = sessions.issue(outcome.user.id);
  return jsonResponse(200, outcome.user, { token, 'set-cookie': sessionCookie(token) });
};
