import { randomBytes } from 'node:crypto';
import type { HttpResponse } from '../../src/http/client';
import { isJudgedError, jsonObjectBody } from './error-body';
import { answered, type Probe, probe } from './probe';
import { once } from './probe-memo';
import type { SuiteContext } from './suite-context';

/** A probe of the errors suite, and whether what it sends is a fault of the caller. */
export type ErrorProbe = Probe & { clientFault: boolean };

/** Methods to try on a documented path, for a method the spec does not document there. */
const UNDOCUMENTED_METHOD_CANDIDATES = ['DELETE', 'PUT', 'PATCH'];

/**
 * The errors suite's probe set, sent once (together: none depends on another) and shared by its
 * checks. None of them sends a wrong password for the configured account: the unknown team goes
 * with the right email and password.
 */
export function errorProbes(context: SuiteContext): Promise<ErrorProbe[]> {
  return once(context, 'error-probes', async () => {
    const { login, me } = context.contract;
    // Cut short after the email, so that no password travels in it: `{"name":"…","email":"…",`
    const malformed = `${context.loginBody({ password: undefined }).slice(0, -1)},`;
    const onlyEmail = context.loginBody({ team: undefined, password: undefined });
    const unknownTeam = context.loginBody({ team: `no-such-team-${randomBytes(4).toString('hex')}` });
    const documented = [login.method, ...(me.path === login.path ? [me.method] : [])];
    const method = UNDOCUMENTED_METHOD_CANDIDATES.find((m) => !documented.includes(m)) ?? 'DELETE';
    return context.sendAll(
      [
        () => errorProbe('malformed JSON', true, () => context.login(malformed)),
        () => errorProbe('a login body with only the email', true, () => context.login(onlyEmail)),
        () => errorProbe('an unknown team', true, () => context.login(unknownTeam)),
        () =>
          errorProbe('an unknown route', true, () =>
            context.send({ method: 'GET', path: context.unknownPath() }),
          ),
        () =>
          errorProbe('a method the spec does not document for this path', true, () =>
            context.send({ method, path: login.path }),
          ),
        // Asking for the current user without credentials is an authentication matter, which the
        // document grades apart: auth.unauthenticated-* judge its status (a 200 with an empty body
        // is a known reading, and 401 only a SHOULD there). So it is no client-fault probe; its
        // answer, when an error, is still judged as an error body.
        () => errorProbe('without credentials', false, () => context.me()),
      ],
      { independent: true },
    );
  });
}

async function errorProbe(
  label: string,
  clientFault: boolean,
  send: () => Promise<HttpResponse>,
): Promise<ErrorProbe> {
  return { ...(await probe(label, send)), clientFault };
}

/** The error responses of the probe set that the error-body clauses judge (status >= 400, not 429). */
export function errorResponses(
  probes: readonly Probe[],
  context: SuiteContext,
): { label: string; response: HttpResponse; body?: Record<string, unknown> }[] {
  return answered(probes)
    .filter(({ response }) => isJudgedError(response, context.contract))
    .map((p) => ({ ...p, body: jsonObjectBody(p.response) }));
}
