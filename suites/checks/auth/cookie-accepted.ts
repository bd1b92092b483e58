import { authLogin, succeeded, whoLoggedIn } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { summarize } from '../../support/describe-response';
import { NotApplicable } from '../../support/not-applicable';
import { findCookie } from '../../support/session-cookie';
import { readUser, sameUser } from '../../support/user-object';

/** The session cookie from login, sent alone (no Authorization), authenticates /users/me as the user who logged in. */
export const cookieAccepted: Check = async (findings, context) => {
  const login = await authLogin(context);
  if (!succeeded(login))
    throw new NotApplicable(
      `needs a successful login, and the login answered ${login.status} (see auth.login-returns-token)`,
    );
  const { sessionCookie, headers, me } = context.contract;
  const cookie = findCookie(login.headerValues(headers.setCookie), sessionCookie.name);
  if (!cookie?.value)
    throw new NotApplicable(
      `the login set no ${sessionCookie.name} cookie to send back (see auth.login-sets-cookie)`,
    );
  const who = whoLoggedIn(login, context);
  const response = await context.me({ cookie: `${sessionCookie.name}=${cookie.value}` });
  findings.expect(
    succeeded(response) && sameUser(readUser(response.text, context.contract), who),
    `/users/me with only the ${sessionCookie.name} cookie answers ${me.successStatus} with a User object for ${who.email}`,
    summarize(response, context),
    response.exchange,
  );
};
