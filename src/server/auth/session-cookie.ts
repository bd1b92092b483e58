import { SESSION_MAX_AGE_SECONDS } from './sessions';

export const SESSION_COOKIE = 'MMSID';

/** The Set-Cookie value a login sends, as the document's example shows it. */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${SESSION_MAX_AGE_SECONDS}; HttpOnly`;
}

/** The Set-Cookie value a logout sends: the session cookie, expired at once. */
export function expiredSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly`;
}
