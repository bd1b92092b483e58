import { randomBytes } from 'node:crypto';
import type { HttpResponse } from '../../src/http/client';
import { NotApplicable } from './not-applicable';
import { type Probe, probe } from './probe';
import { once } from './probe-memo';
import type { SuiteContext } from './suite-context';
import { isUserFor, type KnownUser, readUser } from './user-object';

/** A login that worked: a 2xx answer with a Token. */
export interface LoggedIn {
  login: HttpResponse;
  token: string;
  /** The user who logged in (see whoLoggedIn). */
  user: KnownUser;
}

/** The suite's one good login, shared by every check that reads it or needs its token. */
export function authLogin(context: SuiteContext): Promise<HttpResponse> {
  return once(context, 'auth-login', () => context.login());
}

/** Whether a login answered with success (any 2xx; auth.login-returns-token judges the exact status). */
export function succeeded(response: HttpResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** The shared login's session, or a skip when the login gave none. */
export async function loggedIn(context: SuiteContext): Promise<LoggedIn> {
  const login = await authLogin(context);
  const token = login.header(context.contract.headers.token)?.trim();
  if (!succeeded(login) || !token)
    throw new NotApplicable(
      `needs a session token, and the login answered ${login.status} ${token ? 'with' : 'without'} one (see auth.login-returns-token)`,
    );
  return { login, token, user: whoLoggedIn(login, context) };
}

/**
 * The user who logged in: the one whose email the login sent. The login's User object stands for
 * them (with its id) when it is theirs; otherwise (none, or someone else's, which is
 * auth.login-returns-user's finding) a stand-in holding the configured email does.
 */
export function whoLoggedIn(login: HttpResponse, context: SuiteContext): KnownUser {
  const reading = readUser(login.text, context.contract);
  if (reading.user && isUserFor(reading, context.config.email)) return reading;
  const email = context.config.email;
  return { user: { [context.contract.login.fields.email]: email }, email };
}

/** /users/me with the shared login's Token in `Authorization: Bearer`, the document's example. */
export function meWithBearer(context: SuiteContext): Promise<HttpResponse> {
  return once(context, 'me-with-bearer', async () => {
    const { token } = await loggedIn(context);
    return context.me(context.bearer(token));
  });
}

/** A token no server issued: 26 random lower-case letters and digits, the shape of Mattermost's own. */
export function bogusToken(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(26)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** /users/me with no credentials, and with a token the server never issued. */
export function unauthenticatedProbes(context: SuiteContext): Promise<Probe[]> {
  return once(context, 'unauthenticated', () =>
    context.sendAll(
      [
        () => probe('without credentials', () => context.me()),
        () => probe('with a token the server never issued', () => context.me(context.bearer(bogusToken()))),
      ],
      { independent: true },
    ),
  );
}
