import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';
import type { ServerOptions } from '../../src/server/server-options';
import { PairedCheckers, type PairedRunResult } from './support/paired-runs';
import type { RepeatedRun } from './support/run-checks';

// CI jobs often share one test account: two checkers run at once, and other clients spend the same
// allowance meanwhile. The rate clauses must never fail for it: the probe probes again, and a
// violation that another client explains and that does not repeat is an error, never a fail. The
// reference server keys its allowance by address, so that every client here shares one; the
// checkers run in two child processes of their own, the server and a spender in this one.
jest.setTimeout(300_000);

const PAIRS = 10;
/** A round trip like a CI runner's to a server nearby, varying as it does. */
const NETWORK: Partial<ServerOptions> = { latencyMs: 30, jitterMs: 60 };
/** The spender's requests a second, on average, of the server's 10. */
const SPENT_A_SECOND = 3;

const REPROBED = 'The rate probe ran twice';

import { ANOTHER_CLIENT } from '../../suites/checks/rate/contested';

/** Another client of the account: GET /users/me at random moments, SPENT_A_SECOND a second on average. */
class Spender {
  private stopped = false;
  private readonly done: Promise<void>;
  sent = 0;

  constructor(url: string) {
    this.done = this.spend(url);
  }

  private async spend(url: string): Promise<void> {
    const login = await fetch(`${url}/api/v1/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: DEMO_ACCOUNT.team,
        email: DEMO_ACCOUNT.email,
        password: DEMO_ACCOUNT.password,
      }),
    });
    const token = login.headers.get('token') ?? '';
    await login.arrayBuffer();
    while (!this.stopped) {
      // Exponential gaps: requests at random moments, never in step with a checker.
      await new Promise((resolve) =>
        setTimeout(resolve, (-Math.log(1 - Math.random()) * 1000) / SPENT_A_SECOND),
      );
      if (this.stopped) break;
      const me = await fetch(`${url}/api/v1/users/me`, { headers: { authorization: `Bearer ${token}` } });
      await me.arrayBuffer();
      this.sent++;
    }
  }

  stop(): Promise<void> {
    this.stopped = true;
    return this.done;
  }
}

let checkers: PairedCheckers;

beforeAll(() => {
  checkers = new PairedCheckers(2);
});

afterAll(() => {
  checkers.close();
});

async function withServer<T>(
  options: Partial<ServerOptions>,
  body: (server: RunningServer) => Promise<T>,
): Promise<T> {
  const server = await startServer({ port: 0, ...NETWORK, ...options });
  const spender = new Spender(server.url);
  try {
    return await body(server);
  } finally {
    await spender.stop();
    await server.close();
  }
}

function rateRun(server: RunningServer): RepeatedRun {
  return {
    password: DEMO_ACCOUNT.password,
    flags: {
      target: server.url,
      team: DEMO_ACCOUNT.team,
      email: DEMO_ACCOUNT.email,
      only: ['rate.'],
      format: ['json'],
      reportDir: mkdtempSync(path.join(os.tmpdir(), 'mmc-two-clients-')),
    },
  };
}

/** A clause's message without its first line (the clause's own title), as one line. */
function firstLines(text: string): string {
  return text.split('\n').slice(1, 4).join(' ').slice(0, 400);
}

function clausesWith(results: PairedRunResult[], status: string) {
  return results.flatMap((r) => r.clauses.filter((c) => c.status === status));
}

test(`${PAIRS} pairs of checkers at once on one account, beside a client spending ${SPENT_A_SECOND} of 10 requests a second: no rate clause fails`, async () => {
  const started = Date.now();
  const results = await withServer({}, async (server) => {
    const all: PairedRunResult[] = [];
    for (let pair = 0; pair < PAIRS; pair++)
      all.push(...(await checkers.runTogether([rateRun(server), rateRun(server)])));
    return all;
  });
  const fails = clausesWith(results, 'fail');
  const errors = clausesWith(results, 'error');
  const reprobes = results.filter((r) => r.clauses.some((c) => c.text.includes(REPROBED))).length;
  console.log(
    [
      `${PAIRS} pairs, ${results.length} runs in ${((Date.now() - started) / 1000).toFixed(1)} s: exit codes ${results.map((r) => r.code).join(' ')}`,
      `rate clauses failed: ${fails.length}; runs that probed twice: ${reprobes}; rate clauses in error: ${errors.length}`,
      ...[...fails, ...errors].map((c) => `  ${c.status.toUpperCase()} ${c.id} — ${firstLines(c.text)}`),
    ].join('\n'),
  );
  // A run may end undecided (exit 2) only because another client kept spending its allowance.
  const otherErrors = results
    .map((r) => r.error)
    .filter((e) => e !== undefined && !e.includes(ANOTHER_CLIENT));
  expect(otherErrors).toEqual([]);
  expect(results.every((r) => r.clauses.length === 12)).toBe(true);
  expect(fails.map((c) => `${c.id} — ${c.text}`)).toEqual([]);
  expect(results.map((r) => r.code).filter((code) => code === 1)).toEqual([]);
});

test('a pair at once against a server that lowers Remaining by two a request: rate.remaining-decrements never passes', async () => {
  const results = await withServer({ faults: ['remaining-counts-double'] }, (server) =>
    checkers.runTogether([rateRun(server), rateRun(server)]),
  );
  const decrements = results.map((r) => r.clauses.find((c) => c.id === 'rate.remaining-decrements'));
  console.log(
    decrements.map((c) => `${c?.status.toUpperCase()} ${c?.id} — ${firstLines(c?.text ?? '')}`).join('\n'),
  );
  expect(decrements.map((c) => c?.status)).not.toContain('pass');
  expect(decrements.map((c) => c?.status)).not.toContain(undefined);
});
