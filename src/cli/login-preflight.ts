import type { Contract } from '../contract/contract';
import { type HttpClient, type HttpResponse, TransportError } from '../http/client';
import { endSessions } from '../http/logout';
import { visible } from '../report/visible-text';
import { CannotRun } from './usage-error';

export interface Account {
  team: string;
  email: string;
  password: string;
}

/**
 * Statuses of a client error that say nothing about the credentials: the route is missing or takes
 * another method (a wrong base path), the request timed out or was rate limited, or its form was
 * refused. A server that answers those to a good login breaks the contract; the clauses judge it.
 */
const NOT_ABOUT_CREDENTIALS = new Set([404, 405, 408, 413, 414, 415, 429, 431]);

/**
 * One login with the configured credentials before the suites run. A refusal (a client error)
 * means the run cannot be done: every later login of the run would be one more wrong password,
 * and servers lock an account after a few in a row. So the run ends here, after this one attempt.
 * A login the server breaks (a 5xx, a 200 without a Token, a body that is not JSON) is no refusal:
 * the run goes on and the clauses judge it. A session it opens is ended at once.
 */
export async function checkLogin(
  client: HttpClient,
  prefix: string,
  contract: Contract,
  account: Account,
): Promise<void> {
  let response: HttpResponse;
  try {
    response = await client.send({
      method: contract.login.method,
      path: `${prefix}${contract.login.path}`,
      headers: { 'content-type': 'application/json' },
      body: loginBody(contract, account),
    });
  } catch (error) {
    // No answer to the login is the clauses' to report (as errors), not a refused credential.
    if (error instanceof TransportError) return;
    throw error;
  }
  if (refusesCredentials(response.status)) {
    const message = errorMessage(response);
    throw new CannotRun(
      `the server refused the login for ${account.email} on team ${account.team}: ${response.status}${
        message ? ` ${client.redactor.redact(message)}` : ''
      }; check MM_PASSWORD`,
    );
  }
  const token = response.header(contract.headers.token)?.trim();
  if (response.status < 200 || response.status > 299 || !token) return;
  client.redactor.add(token, 'MM_TOKEN');
  const logout = contract.logout && {
    method: contract.logout.method,
    path: `${prefix}${contract.logout.path}`,
  };
  await endSessions((options) => client.send(options), logout, [
    { authorization: `${contract.bearer.scheme} ${token}` },
  ]);
}

function refusesCredentials(status: number): boolean {
  return status >= 400 && status <= 499 && !NOT_ABOUT_CREDENTIALS.has(status);
}

function loginBody(contract: Contract, account: Account): string {
  const { fields } = contract.login;
  return JSON.stringify({
    [fields.team]: account.team,
    [fields.email]: account.email,
    [fields.password]: account.password,
  });
}

/** The error body's message, quoted with its control characters escaped; cut to a line's length. */
function errorMessage(response: HttpResponse): string | undefined {
  const body = response.json();
  const message =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>).message : undefined;
  if (typeof message !== 'string' || message.trim() === '') return undefined;
  const short = message.length > 200 ? `${message.slice(0, 200)}…` : message;
  return visible(JSON.stringify(short));
}
