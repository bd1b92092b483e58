import { RATE_JUDGES } from '../../../suites/checks/rate';
import { runProbe } from '../../../suites/checks/rate/probe';
import type { ProbeIo } from '../../../suites/checks/rate/probe-io';
import { recoversAfterReset } from '../../../suites/checks/rate/recovers-after-reset';
import { LABELS, type Trace } from '../../../suites/checks/rate/trace';
import { actuals, judge, loadJudgeContract, noteOf, T0, type Verdict } from './build-trace';
import {
  type Decision,
  fixedWindow,
  type Limiter,
  simulatedTarget,
  type TargetOptions,
  tokenBucket,
} from './simulated-target';

// The real probe against simulated limiters on a virtual clock, and every judge on what it records.

beforeAll(async () => {
  await loadJudgeContract();
});

function judgeAll(trace: Trace): Record<string, Verdict['kind']> {
  return Object.fromEntries(Object.entries(RATE_JUDGES).map(([id, j]) => [id, judge(j, trace).kind]));
}

function violations(trace: Trace): string[] {
  return Object.entries(RATE_JUDGES).flatMap(([id, j]) => {
    const verdict = judge(j, trace);
    return verdict.kind === 'violated' && id !== 'rate.budget-scope'
      ? actuals(verdict).map((a) => `${id}: ${a}`)
      : [];
  });
}

const FAST = { latencyMs: 0.3 };

// Precision: every reading the document allows, as fast and slow clients meet it.
const CLEAN: [string, () => Limiter, Partial<TargetOptions>][] = [
  ['fixed window 10/s', () => fixedWindow(10), {}],
  [
    'fixed window 10/s aligned to seconds, epoch Reset',
    () => fixedWindow(10, { aligned: true }),
    { resetForm: 'epoch' },
  ],
  ['fixed window 1/s', () => fixedWindow(1), {}],
  ['fixed window 1000/s', () => fixedWindow(1000), {}],
  ['fixed window 10/s, Reset rounded down', () => fixedWindow(10), { rounding: 'floor' }],
  ['fixed window 10/s, JSON 429', () => fixedWindow(10), { limitBody: 'json' }],
  ['fixed window 10/s, keyed per connection', () => fixedWindow(10), { keyBy: 'connection' }],
  [
    'fixed window 10/s, server clock 1.3 s ahead, epoch',
    () => fixedWindow(10),
    { resetForm: 'epoch', skewMs: 1300 },
  ],
  [
    'fixed window 10/s, server clock 0.7 s behind, epoch',
    () => fixedWindow(10),
    { resetForm: 'epoch', skewMs: -700 },
  ],
  ['token bucket 10/s', () => tokenBucket(10), {}],
  [
    'token bucket 10/s burst 20, epoch, JSON',
    () => tokenBucket(10, 20),
    { resetForm: 'epoch', limitBody: 'json' },
  ],
  ['token bucket 1/s', () => tokenBucket(1), {}],
  ['token bucket 1000/s', () => tokenBucket(1000), {}],
  ['token bucket 10/s, Reset rounded down', () => tokenBucket(10), { rounding: 'floor' }],
  ['token bucket 10/s, keyed per connection', () => tokenBucket(10), { keyBy: 'connection' }],
  ['fixed window 10/s, no login', () => fixedWindow(10), { loginWorks: false }],
  ['fixed window 10/s, round trips varying by 20 ms', () => fixedWindow(10), { jitterMs: 20 }],
  [
    'token bucket 10/s, round trips varying by 20 ms, epoch',
    () => tokenBucket(10),
    { jitterMs: 20, resetForm: 'epoch' },
  ],
  [
    'Mattermost 1.x-like limiter: per connection, Retry-After, plain text',
    () => fixedWindow(10, { aligned: true }),
    { keyBy: 'connection', retryAfter: true },
  ],
];

describe.each(CLEAN)('a clean %s', (_name, limiter, options) => {
  test.each([
    ['a fast client', FAST],
    ['a slow client (25 ms a request)', { latencyMs: 25 }],
  ])('gives %s no violation', async (_client, speed) => {
    const trace = await runProbe(simulatedTarget({ limiter: limiter(), ...options, ...speed }));
    expect(violations(trace)).toEqual([]);
  });

  test('gives a fast client a verdict on every clause', async () => {
    const trace = await runProbe(simulatedTarget({ limiter: limiter(), ...options, ...FAST }));
    // Decided, or not applicable with why (no pass without evidence); never "cannot decide".
    const undecided = Object.entries(judgeAll(trace)).filter(
      ([, kind]) => kind === 'cannot-decide' || kind === 'transport-error',
    );
    expect(undecided).toEqual([]);
  });
});

test('a slow client that cannot outpace a fast limit cannot decide, and says why', async () => {
  const trace = await runProbe(simulatedTarget({ limiter: tokenBucket(1000), latencyMs: 2 }));
  const verdict = judge(RATE_JUDGES['rate.limit-enforced'] as never, trace);
  expect(verdict.kind).toBe('cannot-decide');
  expect(actuals(verdict)[0]).toMatch(/could not send fast enough/);
});

test('a bucket that refills faster than its Limit a second is judged by that Limit', async () => {
  // Limit is "the maximum number of requests you can make per second": a bucket of 4 refilling
  // 1000 a second lets even a fast client through faster than Limit says, and a slower one far past it.
  const fast = await runProbe(simulatedTarget({ limiter: tokenBucket(1000, 3), ...FAST }));
  expect(violations(fast).map((v) => v.split(':')[0])).toContain('rate.limit-enforced');
  const slow = await runProbe(simulatedTarget({ limiter: tokenBucket(1000, 3), latencyMs: 25 }));
  expect(violations(slow).map((v) => v.split(':')[0])).toEqual([
    'rate.remaining-decrements',
    'rate.limit-enforced',
  ]);
});

test('Mattermost 1.x-like: an unknown route without the headers is the only thing wrong, and a warning', async () => {
  const target = simulatedTarget({
    limiter: fixedWindow(10),
    keyBy: 'connection',
    retryAfter: true,
    headersOnUnknownRoute: false,
    ...FAST,
  });
  const trace = await runProbe(target);
  expect(violations(trace)).toEqual([
    'rate.headers-present: no X-Ratelimit-Limit, no X-Ratelimit-Remaining, no X-Ratelimit-Reset on an unknown route (404, at +1 ms)',
  ]);
  expect(noteOf(judge(RATE_JUDGES['rate.budget-scope'] as never, trace))).toMatch(
    /^Each connection has its own allowance/,
  );
});

test('the burst goes over one connection, then one request on a fresh one', async () => {
  const trace = await runProbe(simulatedTarget({ limiter: fixedWindow(10), ...FAST }));
  const connections = new Set(trace.responses.filter((r) => r.phase !== 'sample').map((r) => r.connection));
  expect([...connections]).toEqual(['burst#1', 'fresh#1']);
  expect(trace.responses.filter((r) => r.connection === 'fresh#1').map((r) => r.label)).toEqual([
    LABELS.freshConnection,
  ]);
});

test('the burst sends a fresh allowance and two more at once, and stops at the denial', async () => {
  const trace = await runProbe(simulatedTarget({ limiter: fixedWindow(10), ...FAST }));
  const burst = trace.responses.filter((r) => r.phase === 'burst');
  expect(burst.map((r) => r.rate.remaining)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0]);
  expect(burst.map((r) => r.status).slice(-3)).toEqual([200, 429, 429]);
  expect(trace.burst).toMatchObject({ wave: 12, sent: 12 });
  expect(trace.burst?.stop).toBe('denial');
});

describe('the sample', () => {
  /** The target, with the order in which the probe sends the sample's requests and gets their answers. */
  function watched(options: TargetOptions): { target: ProbeIo; calls: string[] } {
    const target = simulatedTarget(options);
    const calls: string[] = [];
    const io: ProbeIo = {
      ...target,
      async login() {
        calls.push('login sent');
        const answer = await target.login();
        calls.push('login answered');
        return answer;
      },
      async sample(kind) {
        calls.push(`${kind} sent`);
        const answer = await target.sample(kind);
        calls.push(`${kind} answered`);
        return answer;
      },
    };
    return { target: io, calls };
  }

  test('where the allowance covers them, the requests that need no token go beside the login, the one with the token once all three are answered', async () => {
    const { target, calls } = watched({ limiter: fixedWindow(100), ...FAST });
    // A request before the probe (the run's other suites) says how much allowance is left.
    await target.sample('unknown route');
    calls.length = 0;
    const trace = await runProbe(target);
    const answered = ['login', 'me without credentials', 'unknown route'].map((k) =>
      calls.indexOf(`${k} answered`),
    );
    expect(calls.indexOf('me without credentials sent')).toBeLessThan(calls.indexOf('login answered'));
    expect(calls.indexOf('unknown route sent')).toBeLessThan(calls.indexOf('login answered'));
    expect(calls.indexOf('me with the token sent')).toBeGreaterThan(Math.max(...answered));
    expect(trace.responses.map((r) => r.label).slice(0, 4)).toEqual([
      'login',
      '/users/me without credentials',
      'an unknown route',
      '/users/me with the token',
    ]);
  });

  test('where it does not (three requests are too large a share of Limit 10), one after another', async () => {
    const { target, calls } = watched({ limiter: fixedWindow(10), ...FAST });
    await target.sample('unknown route');
    calls.length = 0;
    await runProbe(target);
    expect(calls.slice(0, 8)).toEqual([
      'login sent',
      'login answered',
      'me without credentials sent',
      'me without credentials answered',
      'unknown route sent',
      'unknown route answered',
      'me with the token sent',
      'me with the token answered',
    ]);
  });

  test('without a login its last two requests go together, so neither alone shows the allowance whole', async () => {
    const target = simulatedTarget({ limiter: fixedWindow(100), loginWorks: false, ...FAST });
    // The window a request before the probe opened ends between the sample's last two requests: the
    // last one recorded says 99, but the server might have seen the other after it.
    await target.sample('unknown route');
    await target.sleep(999.2);
    const trace = await runProbe(target);
    const sample = trace.responses.filter((r) => r.phase === 'sample');
    expect(sample.find((r) => r.label === 'an unknown route')?.rate.remaining).toBe(99);
    const whole = sample.find((r) => r.label === LABELS.wholeYet);
    expect(whole).toBeDefined();
    expect(trace.wholeBeforeBurst).toBe(whole);
    expect(violations(trace)).toEqual([]);
  });
});

describe('from Limit 100, the burst starts one request into a whole allowance', () => {
  test('in a window opened before the probe: at the earliest reset the window named, the last sample shows it whole, and the burst follows at once', async () => {
    const target = simulatedTarget({ limiter: fixedWindow(100), ...FAST });
    // A request before the probe (the run's other suites) opens the window 600 ms before the sample.
    await target.sample('unknown route');
    await target.sleep(600);
    const trace = await runProbe(target);
    const whole = trace.responses.find((r) => r.label === LABELS.wholeYet);
    const burst = trace.responses.filter((r) => r.phase === 'burst');
    expect(whole).toMatchObject({ phase: 'sample', connection: 'burst#1' });
    expect(whole?.rate.remaining).toBe(99);
    // The window ends 1 s after the first request; the sample's own Reset named a moment 0.6 s later.
    expect((whole?.sentAtMs ?? 0) - T0).toBeGreaterThan(1000);
    expect((whole?.sentAtMs ?? 0) - T0).toBeLessThan(1100);
    expect(burst[0]?.sentAtMs).toBeGreaterThanOrEqual(whole?.receivedAtMs ?? Infinity);
    expect(burst[0]?.sentAtMs).toBeLessThan((whole?.receivedAtMs ?? 0) + 5);
    expect(burst.map((r) => r.rate.remaining).slice(0, 3)).toEqual([98, 97, 96]);
    expect(violations(trace)).toEqual([]);
  });

  test("the sample's last answer shows it whole (its request opened a window): the burst goes at once, with no request more", async () => {
    const target = simulatedTarget({ limiter: fixedWindow(100), ...FAST });
    // The window a request before the probe opened ends between the sample's last two requests.
    await target.sample('unknown route');
    await target.sleep(999);
    const trace = await runProbe(target);
    const sample = trace.responses.filter((r) => r.phase === 'sample');
    expect(sample.map((r) => r.label)).not.toContain(LABELS.wholeYet);
    expect(trace.wholeBeforeBurst).toBe(sample.at(-1));
    expect(trace.wholeBeforeBurst?.rate.remaining).toBe(99);
    const burst = trace.responses.filter((r) => r.phase === 'burst');
    expect(burst[0]?.sentAtMs).toBeLessThan((trace.wholeBeforeBurst?.receivedAtMs ?? 0) + 5);
    expect(burst[0]?.rate.remaining).toBe(98);
    expect(violations(trace)).toEqual([]);
  });

  test('a bucket that refills slower than Limit a second is not whole then: the burst waits for the moment that answer names', async () => {
    // Limit 200, refilling one a second: 196 left after the sample, 197 a second after its first answer.
    const trace = await runProbe(simulatedTarget({ limiter: tokenBucket(1, 199), ...FAST }));
    const whole = trace.responses.find((r) => r.label === LABELS.wholeYet);
    expect(whole?.rate.remaining).toBe(196);
    const burst = trace.responses.filter((r) => r.phase === 'burst');
    expect(burst[0]?.rate.remaining).toBe(199);
    expect(burst[0]?.sentAtMs).toBeGreaterThan((whole?.receivedAtMs ?? 0) + 2000);
    expect(violations(trace)).toEqual([]);
  });

  test('a bucket that refills faster than Limit a second is still caught, one request into its whole allowance', async () => {
    // Limit 101, refilling 1000 a second, 5 ms away. The sample's last answer shows it whole (on the
    // sample's own socket, so it bounds nothing of the burst's: the judge test in
    // limit-enforced.test.ts shows that bound); the burst's own answers show the bucket too fast.
    const trace = await runProbe(simulatedTarget({ limiter: tokenBucket(1000, 100), latencyMs: 5 }));
    expect(trace.wholeBeforeBurst?.rate.remaining).toBe(100);
    expect(violations(trace).map((v) => v.split(':')[0])).toContain('rate.limit-enforced');
  });

  test('below Limit 100 no request is spent to see it whole: the whole allowance goes at once', async () => {
    const trace = await runProbe(simulatedTarget({ limiter: fixedWindow(99), ...FAST }));
    expect(trace.responses.map((r) => r.label)).not.toContain(LABELS.wholeYet);
    expect(trace.responses.find((r) => r.phase === 'burst')?.rate.remaining).toBe(98);
  });
});

describe('the recovery', () => {
  test('a request arrives at the moment the denial’s Reset names: sent half a round trip early', async () => {
    // A bucket is not full when the window the burst opened would have ended: that probe goes on.
    const trace = await runProbe(simulatedTarget({ limiter: tokenBucket(10), latencyMs: 40 }));
    const denial = trace.responses.find((r) => r.status === 429);
    const atReset = trace.responses.find((r) => r.label === LABELS.atReset);
    expect(trace.network?.roundTripMs).toBe(40);
    expect(denial?.rate.reset).toBe(2);
    expect(atReset && denial && atReset.sentAtMs - denial.receivedAtMs).toBe(1980);
    expect(trace.responses.find((r) => r.label === LABELS.windowTurn)?.rate.remaining).toBe(1);
    expect(violations(trace)).toEqual([]);
  });

  test('a window whose denial came late in it: one request at its end, where the burst’s first answer named it, finds it whole and ends the probe', async () => {
    // 40 ms a request, one after another: the denial comes 440 ms into the window, and its Reset 1
    // names a moment 0.44 s past the window's end.
    const trace = await runProbe(simulatedTarget({ limiter: fixedWindow(10), latencyMs: 40 }));
    const opening = trace.responses.find((r) => r.phase === 'burst');
    const atTurn = trace.responses.at(-1);
    expect(atTurn?.label).toBe(LABELS.windowTurn);
    expect(atTurn && opening && atTurn.sentAtMs - opening.receivedAtMs).toBe(980);
    expect(atTurn?.rate.remaining).toBe(9);
    expect(trace.responses.map((r) => r.label)).not.toContain(LABELS.atReset);
    const verdict = judge(recoversAfterReset, trace);
    expect(verdict.kind).toBe('holds');
    expect(noteOf(verdict)).toMatch(
      /^The full allowance was back when the window the burst spent ended, 0\.4\d+ s before the moment X-Ratelimit-Reset 1 \(1 s after the 429\) named/,
    );
    expect(violations(trace)).toEqual([]);
  });

  test('a window that ended as the scope’s last answer came back: the request goes at once after it', async () => {
    // 76 ms a request, one after another: the scope's last request reaches the server 12 ms before
    // the window ends, and its answer comes back 26 ms after; sent half a round trip before the
    // moment the burst's first answer named, the request would have had to leave before that.
    const trace = await runProbe(simulatedTarget({ limiter: fixedWindow(10), latencyMs: 76 }));
    const scope = trace.responses.filter((r) => r.phase === 'scope');
    expect(scope.map((r) => r.status)).toEqual([429, 429]);
    const scopeEnd = Math.max(...scope.map((r) => r.receivedAtMs));
    const first = trace.responses.find((r) => r.phase === 'burst');
    expect(scopeEnd).toBeGreaterThan((first?.receivedAtMs ?? 0) + 1000 - 38);
    const atTurn = trace.responses.at(-1);
    expect(atTurn?.label).toBe(LABELS.windowTurn);
    expect(atTurn?.sentAtMs).toBe(scopeEnd);
    expect(atTurn?.rate.remaining).toBe(9);
    expect(violations(trace)).toEqual([]);
  });

  test('a window the sample’s last request opened, on a socket of its own: the burst’s first answer, one request into it, names its end', async () => {
    // Limit 100, 5 ms a request: the window opened by a request before the probe ends between the
    // sample's last two; the denial comes half a second into the next.
    const target = simulatedTarget({ limiter: fixedWindow(100), latencyMs: 5 });
    await target.sample('unknown route');
    await target.sleep(982);
    const trace = await runProbe(target);
    expect(trace.wholeBeforeBurst?.connection).toBe('pool');
    const first = trace.responses.find((r) => r.phase === 'burst');
    expect(first?.rate.remaining).toBe(98);
    const atTurn = trace.responses.at(-1);
    expect(atTurn?.label).toBe(LABELS.windowTurn);
    expect(atTurn && first && atTurn.sentAtMs - first.receivedAtMs).toBe(997.5);
    expect(atTurn?.rate.remaining).toBe(99);
    expect(violations(trace)).toEqual([]);
  });
});

test('--safe sends the sample only', async () => {
  const target = simulatedTarget({
    limiter: fixedWindow(10),
    burstForbidden: '--safe: the burst is not sent',
  });
  const trace = await runProbe(target);
  expect(target.requests).toBe(4);
  expect(trace.activeNotRun).toMatch(/--safe/);
  expect(judge(RATE_JUDGES['rate.limit-enforced'] as never, trace).kind).toBe('not-applicable');
  expect(judge(RATE_JUDGES['rate.headers-present'] as never, trace).kind).toBe('holds');
});

test('a server that advertises no limit gets no burst', async () => {
  const target = simulatedTarget({
    limiter: fixedWindow(10),
    edit: (headers) => {
      for (const name of Object.keys(headers)) if (name.startsWith('x-ratelimit')) delete headers[name];
    },
  });
  const trace = await runProbe(target);
  expect(target.requests).toBe(4);
  expect(judgeAll(trace)).toMatchObject({
    'rate.headers-present': 'violated',
    'rate.headers-integers': 'not-applicable',
    'rate.limit-enforced': 'not-applicable',
  });
});

// Recall: faults modelled on the simulated limiter break their clause, and only their clause.
const FAULTY: [string, Partial<TargetOptions> & { limiter: Limiter }, string[]][] = [
  [
    'Remaining stuck at Limit - 1, never denying',
    { limiter: fixedWindow(50), override: (d) => ({ ...d, allowed: true, remaining: d.limit - 1 }) },
    ['rate.remaining-decrements', 'rate.limit-enforced'],
  ],
  [
    'a limit never enforced',
    { limiter: fixedWindow(50), override: (d) => ({ ...d, allowed: true }) },
    ['rate.limit-enforced'],
  ],
  [
    'Reset overstated by 5 s',
    { limiter: fixedWindow(50), override: (d) => ({ ...d, resetAtMs: d.resetAtMs + 5000 }) },
    ['rate.reset-truthful'],
  ],
  [
    'Reset overstated by 5 s on a token bucket',
    { limiter: tokenBucket(50), override: (d) => ({ ...d, resetAtMs: d.resetAtMs + 5000 }) },
    ['rate.reset-truthful'],
  ],
  [
    'a window of 5 s that Reset calls 1 s',
    {
      limiter: fixedWindow(50, { windowMs: 5000 }),
      edit: (headers) => {
        headers['x-ratelimit-reset'] = String(Math.min(1, Number(headers['x-ratelimit-reset'])));
      },
    },
    ['rate.recovers-after-reset'],
  ],
  [
    'Reset counting milliseconds left',
    {
      limiter: fixedWindow(50),
      edit: (headers, d, now) => {
        headers['x-ratelimit-reset'] = String(Math.round(d.resetAtMs - now));
      },
    },
    ['rate.reset-form'],
  ],
  [
    'Reset counting milliseconds left on a token bucket',
    {
      limiter: tokenBucket(50),
      edit: (headers, d, now) => {
        headers['x-ratelimit-reset'] = String(Math.round(d.resetAtMs - now));
      },
    },
    ['rate.reset-form'],
  ],
];

describe.each(FAULTY)('a server with %s', (_name, options, broken) => {
  test(`breaks ${broken.join(', ')}`, async () => {
    const trace = await runProbe(simulatedTarget({ ...FAST, ...options }));
    const verdicts = judgeAll(trace);
    const violated = Object.entries(verdicts)
      .filter(([id, kind]) => kind === 'violated' && id !== 'rate.budget-scope')
      .map(([id]) => id);
    expect(violated.sort()).toEqual([...broken].sort());
    expect(Object.values(verdicts)).not.toContain('cannot-decide');
    // A server alone answers a second probe (when one was run) as it answered the first.
    expect(trace.reprobe?.repeated ?? true).toBe(true);
    // The probe keeps the target's clock: it starts at T0 (the second probe later) and every
    // answer comes after its request.
    expect(trace.responses[0]?.sentAtMs).toEqual(trace.reprobe ? expect.any(Number) : T0);
    expect(trace.responses.filter((r) => !(r.receivedAtMs > r.sentAtMs))).toEqual([]);
  });
});

test('another client spending two of the first burst’s allowance: the probe probes again, and the second probe holds', async () => {
  // The sample is the limiter's first four requests; the burst's third is its seventh.
  const window = fixedWindow(10);
  let seen = 0;
  const shared: Limiter = {
    decide(key, now) {
      if (++seen === 7) for (const _ of [1, 2]) window.decide(key, now);
      return window.decide(key, now);
    },
  };
  const trace = await runProbe(simulatedTarget({ limiter: shared, ...FAST }));
  expect(trace.reprobe).toEqual({
    firstSaw: [expect.stringMatching(/^X-Ratelimit-Remaining 8 → 5 at burst request 3 /)],
    waitedMs: expect.any(Number),
    repeated: false,
  });
  expect(violations(trace)).toEqual([]);
  expect(noteOf(judge(RATE_JUDGES['rate.remaining-decrements'] as never, trace))).toContain(
    'The rate probe ran twice',
  );
});

/** Lets the first request beyond the allowance through, with Remaining 0, and no other. */
function oneOver(): (d: Decision) => Decision {
  let given = false;
  return (d) => {
    if (d.allowed || given) return d;
    given = true;
    return { ...d, allowed: true, remaining: 0 };
  };
}

describe('a target that answers one request per connection (Connection: close)', () => {
  // The simulated target answers one request at a time: a short round trip, so that the pool's
  // spacing, not the target, sets the pace.
  const closing = { closesConnections: true, ...FAST };

  test('gets the burst on a pool of connections, sized for Limit and the round trip, and every clause decided', async () => {
    const trace = await runProbe(simulatedTarget({ limiter: fixedWindow(10), ...closing }));
    expect(trace.burst?.pool).toMatchObject({ connections: 12, wave: 12, spacingMs: 50, pipelinedSent: 0 });
    expect(trace.burst?.pool?.why).toMatch(/Connection: close/);
    expect(violations(trace)).toEqual([]);
    expect(judgeAll(trace)).toMatchObject({
      'rate.limit-enforced': 'holds',
      'rate.remaining-decrements': 'holds',
      'rate.recovers-after-reset': 'holds',
    });
    expect(noteOf(judge(RATE_JUDGES['rate.limit-enforced'] as never, trace))).toMatch(
      /on 12 connections \(at most 32\), 12 requests 2 ms apart and then one every 50 ms, because the target does not pipeline/,
    );
  });

  test('keyed by connection too: no allowance can be spent, and nothing fails', async () => {
    const trace = await runProbe(
      simulatedTarget({ limiter: fixedWindow(10), keyBy: 'connection', ...closing }),
    );
    expect(violations(trace)).toEqual([]);
    expect(judgeAll(trace)).toMatchObject({
      'rate.limit-enforced': 'not-applicable',
      'rate.remaining-decrements': 'nothing-observed',
    });
  });

  test('closing only the burst connection: the burst leaves it at the first answer that says so', async () => {
    const trace = await runProbe(
      simulatedTarget({ limiter: fixedWindow(10), ...closing, closesConnections: 'after-sample' }),
    );
    // The wave already sent on it is answered first; the pool goes on after it.
    expect(trace.burst?.pool).toMatchObject({ pipelinedSent: 12 });
    expect(trace.burst?.pool?.why).toBe('burst request 1 came with Connection: close');
    expect(violations(trace)).toEqual([]);
    expect(noteOf(judge(RATE_JUDGES['rate.limit-enforced'] as never, trace))).toMatch(
      /12 burst requests sent, of at most 36: all on one pipelined connection, .*; the target does not pipeline \(burst request 1 came with Connection: close\), but its answers met the denial before the rest went on a pool\.$/,
    );
  });

  test('closing the burst connection without saying so: the request lost is not counted, the rest goes on a pool', async () => {
    const trace = await runProbe(
      simulatedTarget({ limiter: fixedWindow(10), ...closing, closesConnections: 'silently' }),
    );
    expect(trace.failure).toBeUndefined();
    expect(trace.burst?.pool?.why).toMatch(/^the connection closed under pipelined requests/);
    expect(violations(trace)).toEqual([]);
    expect(judgeAll(trace)['rate.limit-enforced']).toBe('holds');
  });

  test.each([
    ['a limit never enforced', (d: Decision) => ({ ...d, allowed: true })],
    ['one request over the limit', oneOver()],
  ])('%s is still caught', async (_name, override) => {
    const trace = await runProbe(simulatedTarget({ limiter: fixedWindow(10), override, ...closing }));
    expect(violations(trace).map((v) => v.split(':')[0])).toEqual(['rate.limit-enforced']);
  });
});
