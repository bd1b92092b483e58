import { parseSetCookies } from '../../../src/http/set-cookies';
import { authLogin, succeeded } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { NotApplicable } from '../../support/not-applicable';
import { findCookie, sessionCookieProblems } from '../../support/session-cookie';

/**
 * A successful login sets the session cookie as the example shows: holding the Token's value,
 * with Path=/ and HttpOnly. Other cookies beside it are allowed; every broken attribute is listed.
 */
export const loginSetsCookie: Check = async (findings, context) => {
  const login = await authLogin(context);
  if (!succeeded(login))
    throw new NotApplicable(
      `needs a successful login, and the login answered ${login.status} (see auth.login-returns-token)`,
    );
  const { sessionCookie, headers } = context.contract;
  const values = login.headerValues(headers.setCookie);
  const cookie = findCookie(values, sessionCookie.name);
  if (!cookie) {
    const others = parseSetCookies(values).map((c) => c.name);
    findings.violation(
      `a ${headers.setCookie} header for the ${sessionCookie.name} cookie`,
      others.length > 0 ? `cookies ${others.join(', ')} only` : `no ${headers.setCookie} header`,
      login.exchange,
    );
    return;
  }
  const token = login.header(headers.token)?.trim() || undefined;
  if (!token) findings.note(`The login sent no ${headers.token} to compare the cookie's value with.`);
  for (const problem of sessionCookieProblems(cookie, token)) {
    findings.violation(
      `${sessionCookie.name} cookie with ${problem.expected}`,
      problem.actual,
      login.exchange,
    );
  }
};
