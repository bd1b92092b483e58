import { setTimeout as sleep } from 'node:timers/promises';
import { isSelected } from '../../../src/runner/run-config';
import { loggedIn } from '../../support/auth-probes';
import { NotApplicable } from '../../support/not-applicable';
import { once } from '../../support/probe-memo';
import type { SuiteContext } from '../../support/suite-context';
import { runProbe } from './probe';
import { type ProbeConnection, type ProbeIo, probeFacts } from './probe-io';
import type { Trace } from './trace';
import { TrackedConnection } from './tracked-connection';

/** The suite's one rate trace: the probe talks to the target the first time a rate judge asks. */
export function traceOf(context: SuiteContext): Promise<Trace> {
  return once(context, 'rate-trace', () => runProbe(contextIo(context)));
}

/** The probe's I/O through the suite's one HTTP client: paced for the sample, unpaced on its own connections. */
export function contextIo(context: SuiteContext): ProbeIo {
  const { contract, config, catalogue } = context;
  let auth: Record<string, string> = {};
  const activeSelected = catalogue.clauses.some(
    (c) => c.id.startsWith('rate.') && c.active && isSelected(c.id, config.only),
  );
  return {
    ...probeFacts(contract),
    burstForbidden: config.safe
      ? '--safe: the burst is not sent'
      : activeSelected
        ? undefined
        : 'no clause that needs the burst was selected',
    async login() {
      try {
        const session = await loggedIn(context);
        auth = context.bearer(session.token);
        return session.login;
      } catch (error) {
        if (error instanceof NotApplicable) return undefined;
        throw error;
      }
    },
    sample(kind) {
      if (kind === 'unknown route') return context.send({ method: 'GET', path: context.unknownPath() });
      return context.me(kind === 'me with the token' ? auth : {});
    },
    connect(label, pipelining = 1): ProbeConnection {
      const connection = new TrackedConnection(label, context.client.oneConnection(pipelining));
      return {
        get id() {
          return connection.id;
        },
        me: () => context.me(auth, { paced: false, dispatcher: connection.dispatcher }),
        close: () => connection.close(),
      };
    },
    earliestResetAtMs: () => context.earliestResetAtMs(),
    allowanceKnownToCover: (requests) => context.allowanceKnownToCover(requests),
    now: () => Date.now(),
    sleep: (ms) => sleep(ms),
  };
}
