import type { Cookie } from 'set-cookie-parser';
import { parseSetCookies } from '../../src/http/set-cookies';

/** The cookie of that name (names are case-sensitive, RFC 6265); the last one wins, as in a browser. */
export function findCookie(values: readonly string[], name: string): Cookie | undefined {
  return parseSetCookies(values)
    .filter((c) => c.name === name)
    .at(-1);
}

/** A broken attribute of the session cookie: what the example shows, and what the server set. */
export interface CookieProblem {
  expected: string;
  actual: string;
}

/**
 * What the session cookie breaks of the login example
 * (`Set-Cookie: MMSID=<the token>; Path=/; Max-Age=2592000; HttpOnly`): a value other than the
 * Token, a Path other than "/", no HttpOnly. Every broken attribute is listed.
 */
export function sessionCookieProblems(cookie: Cookie, token: string | undefined): CookieProblem[] {
  const problems: CookieProblem[] = [];
  if (token !== undefined && cookie.value !== token && safeDecode(cookie.value) !== token)
    problems.push({
      expected: "the Token header's value",
      actual: cookie.value === '' ? 'an empty value' : 'another value than the Token',
    });
  if (cookie.path !== '/')
    problems.push({
      expected: 'Path=/',
      actual: cookie.path === undefined ? 'no Path attribute' : `Path=${cookie.path}`,
    });
  if (!cookie.httpOnly) problems.push({ expected: 'HttpOnly', actual: 'no HttpOnly attribute' });
  return problems;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
