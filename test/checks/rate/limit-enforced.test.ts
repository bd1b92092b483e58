import { AllowanceMeter, mostAllowed } from '../../../suites/checks/rate/allowance';
import { limitEnforced } from '../../../suites/checks/rate/limit-enforced';
import { LABELS } from '../../../suites/checks/rate/trace';
import {
  actuals,
  judge,
  loadJudgeContract,
  noteOf,
  response,
  sample,
  T0,
  trace,
  windowBurst,
} from './build-trace';
import { fixedWindow, type Limiter, tokenBucket } from './simulated-target';

beforeAll(async () => {
  await loadJudgeContract();
});

const burstCaps = {
  stop: 'request-cap' as const,
  wave: 12,
  depth: 2,
  requestCap: 90,
  sent: 90,
  roundTripMs: 1,
  timeCapMs: 10_000,
};

/** `count` allowed requests, `gap` ms apart, with Remaining as `remaining(i)` says. */
function allowed(count: number, gap: number, remaining: (i: number) => number, limit = 10) {
  return Array.from({ length: count }, (_, i) =>
    response({
      label: `burst request ${i + 1}`,
      at: 1000 + i * gap,
      limit,
      remaining: remaining(i),
      reset: 1,
    }),
  );
}

test('holds when the 429 comes once Remaining reached 0', () => {
  const verdict = judge(limitEnforced, trace([...sample(10), ...windowBurst(10)]));
  expect(verdict.kind).toBe('holds');
  expect(noteOf(verdict)).toBe(
    'Denied after 10 of 11 requests allowed in 0.011 s (1000 sent a second), Limit 10.',
  );
});

test('a denial with another status than 429 is a violation', () => {
  const burst = windowBurst(10);
  const last = burst.pop();
  burst.push(
    response({
      label: 'burst request 11',
      at: (last?.sentAtMs ?? 0) - (burst[0]?.sentAtMs ?? 0) + 1000,
      status: 503,
      limit: 10,
      remaining: 0,
      reset: 1,
    }),
  );
  expect(actuals(judge(limitEnforced, trace([...sample(10), ...burst])))).toEqual([
    'denied with 503 at burst request 11 (503, at +1010 ms)',
  ]);
});

test('a denial while the response before it advertised Remaining above 0 is a violation', () => {
  const responses = [
    ...sample(10),
    ...allowed(5, 1, (i) => 9 - i),
    response({ label: 'burst request 6', at: 1005, status: 429, limit: 10, remaining: 0, reset: 1 }),
  ];
  expect(actuals(judge(limitEnforced, trace(responses)))).toEqual([
    'burst request 6 (429, at +1005 ms) was denied right after burst request 5 (200, at +1004 ms) advertised X-Ratelimit-Remaining 5',
  ]);
});

test('no denial past any allowance Limit could give is a violation', () => {
  const responses = [...sample(10), ...allowed(40, 1, (i) => Math.max(0, 9 - i))];
  const verdict = judge(limitEnforced, trace(responses, { burst: { ...burstCaps, stop: 'exceeded' } }));
  expect(actuals(verdict)).toEqual([
    "burst request 11 (200, at +1010 ms) was allowed (X-Ratelimit-Remaining 0) right after burst request 10 (200, at +1009 ms) (X-Ratelimit-Remaining 0): a window that reset would leave 9, not 0; 10 allowed within 0.011 s of the server's time after burst request 1 said 9, where a bucket holds at most 9.11 (30 such requests)",
  ]);
});

test('requests allowed right after Remaining 0, more than refills explain, are a violation', () => {
  // Remaining counted two per request: it said 0 halfway, and the server let the other half through.
  const responses = [
    ...sample(10),
    ...allowed(10, 1, (i) => Math.max(0, 8 - 2 * i)),
    response({ label: 'burst request 11', at: 1010, status: 429, limit: 10, remaining: 0, reset: 1 }),
  ];
  expect(actuals(judge(limitEnforced, trace(responses)))).toEqual([
    // The first one past 0 may be a bucket's last part-filled request; the second may not.
    "burst request 7 (200, at +1006 ms) was allowed (X-Ratelimit-Remaining 0) right after burst request 6 (200, at +1005 ms) (X-Ratelimit-Remaining 0): a window that reset would leave 9, not 0; 2 allowed within 0.003 s of the server's time after burst request 5 said 0, where a bucket holds at most 1.03 (4 such requests)",
  ]);
});

test("a bucket's request let through right after Remaining 0 by a refill is no violation", () => {
  const responses = [
    ...sample(11),
    ...allowed(11, 1, (i) => 10 - i, 11),
    // 100 ms later: a bucket of 11 a second has refilled one.
    response({ label: 'burst request 12', at: 1110, limit: 11, remaining: 0, reset: 1 }),
    response({ label: 'burst request 13', at: 1111, status: 429, limit: 11, remaining: 0, reset: 1 }),
  ];
  expect(judge(limitEnforced, trace(responses)).kind).toBe('holds');
});

test('one request more than Limit within a window, in server order, is a violation', () => {
  // Pipelined: all sent at once, answered 100 ms later, one after another.
  const at = (i: number) => ({ at: 1000, took: 100 + i / 10 });
  const responses = [
    ...sample(10, { took: 100 }),
    ...Array.from({ length: 11 }, (_, i) =>
      response({
        label: `burst request ${i + 1}`,
        ...at(i),
        limit: 10,
        remaining: Math.max(0, 9 - i),
        reset: 1,
      }),
    ),
    response({ label: 'burst request 12', ...at(11), status: 429, limit: 10, remaining: 0, reset: 1 }),
  ];
  const verdict = judge(limitEnforced, trace(responses));
  expect(actuals(verdict)).toEqual([
    "burst request 11 (200, at +1000 ms) was allowed (X-Ratelimit-Remaining 0) right after burst request 10 (200, at +1000 ms) (X-Ratelimit-Remaining 0): a window that reset would leave 9, not 0; 10 allowed within 0.006 s of the server's time after burst request 1 said 9, where a bucket holds at most 9.06",
  ]);
});

test('one request more than the whole allowance the answer before the burst showed is a violation', () => {
  // That answer (on the burst's connection) left exactly 99 of Limit 100; its burst, pipelined
  // right after it, was answered within a millisecond: 99 allowed, then one more with Remaining 0.
  const whole = response({
    phase: 'sample',
    label: LABELS.wholeYet,
    connection: 'burst#1',
    at: 998,
    limit: 100,
    remaining: 99,
    reset: 1,
  });
  const burst = Array.from({ length: 101 }, (_, i) =>
    response({
      label: `burst request ${i + 1}`,
      at: 999,
      took: 1 + i / 100,
      limit: 100,
      remaining: Math.max(0, 98 - i),
      reset: 1,
      ...(i === 100 ? { status: 429 } : {}),
    }),
  );
  const verdict = judge(limitEnforced, trace([...sample(100), whole, ...burst], { wholeBeforeBurst: whole }));
  expect(actuals(verdict)).toEqual([
    "burst request 100 (200, at +999 ms) was allowed (X-Ratelimit-Remaining 0) right after burst request 99 (200, at +999 ms) (X-Ratelimit-Remaining 0): a window that reset would leave 99, not 0; 100 allowed within 0.003 s of the server's time after whether the allowance is whole again said 99, where a bucket holds at most 99.3",
  ]);
});

test('a window that resets between two pipelined requests explains one more, once a second', () => {
  const at = (i: number) => ({ at: 1000, took: 100 + i / 10 });
  const remaining = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 8];
  const responses = [
    ...sample(10, { took: 100 }),
    ...remaining.map((left, i) =>
      response({ label: `burst request ${i + 1}`, ...at(i), limit: 10, remaining: left, reset: 1 }),
    ),
  ];
  expect(judge(limitEnforced, trace(responses, { burst: burstCaps })).kind).toBe('cannot-decide');
  const twice = [...responses, response({ label: 'burst request 13', ...at(12), limit: 10, remaining: 9 })];
  expect(actuals(judge(limitEnforced, trace(twice)))[0]).toMatch(/it would have reset twice within 0.1/);
});

test('a burst too slow to outrun the limit cannot decide, and gives the figures', () => {
  const responses = [...sample(10), ...allowed(90, 100, () => 9)];
  const verdict = judge(limitEnforced, trace(responses, { burst: burstCaps }));
  expect(verdict.kind).toBe('cannot-decide');
  expect(actuals(verdict)[0]).toMatch(
    /^90 of 90 requests allowed in 8.901 s \(10 sent a second\), Limit 10, none denied/,
  );
  expect(actuals(verdict)[0]).toMatch(/could not send fast enough/);
});

test('without an integer Limit there is no allowance to show exceeded', () => {
  const responses = [
    ...sample(10, { limit: 'ten' }),
    ...allowed(60, 1, () => 5).map((r) => ({ ...r, rate: { ...r.rate, limit: undefined } })),
  ];
  expect(judge(limitEnforced, trace(responses, { burst: burstCaps })).kind).toBe('cannot-decide');
});

describe('the allowance any reading of Limit permits', () => {
  test('a fixed window: Limit in each one-second window a span touches', () => {
    expect(mostAllowed(10, 0)).toBe(20);
    expect(mostAllowed(10, 1500)).toBe(35);
  });

  test('the meter reads past the first denial: a window reset explains a request allowed after it', () => {
    const meter = new AllowanceMeter(10);
    const ok = allowed(3, 1, (i) => 2 - i);
    for (const r of ok) meter.add(r, true);
    meter.add(response({ at: 1003, status: 429, limit: 10, remaining: 0 }), false);
    meter.add(response({ at: 1004, limit: 10, remaining: 9 }), true);
    expect(meter.figures).toMatchObject({
      sent: 5,
      allowed: 4,
      allowedBeforeDenial: 3,
      excesses: 0,
      limit: 10,
    });
    meter.add(response({ at: 1005, status: 429, limit: 10, remaining: 8 }), false);
    expect(meter.figures).toMatchObject({ earlyDenials: 1 });
    // A denial's own Remaining is not an allowance the next denial broke.
    meter.add(response({ at: 1006, status: 429, limit: 10, remaining: 8 }), false);
    expect(meter.figures).toMatchObject({ earlyDenials: 1 });
  });
});

describe('pipelined bursts across a jittery network', () => {
  /**
   * `count` requests sent at once, decided by `limiter` one after another 0.5 ms apart on the
   * server, each answer crossing a round trip of `roundTripMs` plus up to `jitterMs` either way.
   */
  function pipelined(limiter: Limiter, count: number, roundTripMs: number, jitterMs: number) {
    let seed = 11;
    const jitter = () => {
      seed = (seed * 48271) % 2147483647;
      return (seed / 2147483647) * jitterMs;
    };
    let answeredAt = 0;
    return Array.from({ length: count }, (_, i) => {
      const decision = limiter.decide('client', T0 + 1000 + roundTripMs / 2 + i * 0.5);
      // Answers on one connection come back in order, however the network varies.
      answeredAt = Math.max(answeredAt, roundTripMs + i * 0.5 + jitter());
      return response({
        label: `burst request ${i + 1}`,
        at: 1000,
        took: answeredAt,
        status: decision.allowed ? 200 : 429,
        limit: decision.limit,
        remaining: decision.remaining,
        reset: 1,
      });
    });
  }

  test.each([
    [0, 0],
    [100, 20],
    [300, 40],
  ])('an honest bucket and an honest window hold at a %i ms round trip, jitter %i ms', (rtt, jitter) => {
    for (const limiter of [tokenBucket(10), fixedWindow(10), tokenBucket(1000), fixedWindow(1000)]) {
      const limit = limiter.decide('probe', T0).limit;
      const burst = pipelined(limiter, limit + 40, rtt, jitter);
      const verdict = judge(limitEnforced, trace([...sample(limit, { took: rtt || 1 }), ...burst]));
      // Decided where the burst outran the limit; never a violation.
      expect(verdict.kind).not.toBe('violated');
    }
  });

  test.each([
    [0, 0],
    [100, 20],
    [300, 40],
  ])('one request over Limit is caught at a %i ms round trip, jitter %i ms', (rtt, jitter) => {
    const oneOver = (limiter: Limiter): Limiter => {
      let given = false;
      return {
        decide(key, now) {
          const d = limiter.decide(key, now);
          if (d.allowed || given) return d;
          given = true;
          return { ...d, allowed: true, remaining: 0 };
        },
      };
    };
    for (const limiter of [tokenBucket(10), fixedWindow(10)]) {
      const burst = pipelined(oneOver(limiter), 14, rtt, jitter);
      const limit = burst[0]?.rate.limit ?? 0;
      const verdict = judge(limitEnforced, trace([...sample(limit, { took: rtt || 1 }), ...burst]));
      expect(verdict.kind).toBe('violated');
    }
  });
});
