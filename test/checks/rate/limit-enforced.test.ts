import { AllowanceMeter, mostAllowed, mostOverdrafts } from '../../../suites/checks/rate/allowance';
import { limitEnforced } from '../../../suites/checks/rate/limit-enforced';
import {
  actuals,
  judge,
  loadJudgeContract,
  noteOf,
  response,
  sample,
  trace,
  windowBurst,
} from './build-trace';

beforeAll(async () => {
  await loadJudgeContract();
});

const burstCaps = { stop: 'request-cap' as const, requestCap: 90, timeCapMs: 10_000 };

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
    'Denied after 10 of 11 requests allowed in 0.01 s (1000 sent a second), Limit 10.',
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
  expect(verdict.kind).toBe('violated');
  expect(actuals(verdict)).toContain(
    '40 of 40 requests allowed in 0.04 s (1000 sent a second), Limit 10, none denied',
  );
});

test('requests allowed right after Remaining 0, more than refills explain, are a violation', () => {
  // Remaining counted two per request: it said 0 halfway, and the server let the other half through.
  const responses = [
    ...sample(10),
    ...allowed(10, 1, (i) => Math.max(0, 8 - 2 * i)),
    response({ label: 'burst request 11', at: 1010, status: 429, limit: 10, remaining: 0, reset: 1 }),
  ];
  expect(actuals(judge(limitEnforced, trace(responses)))).toEqual([
    '5 requests were allowed right after a response advertising X-Ratelimit-Remaining 0, the first burst request 6 (200, at +1005 ms) after burst request 5 (200, at +1004 ms)',
  ]);
});

test("a bucket's request let through right after Remaining 0 by a refill is no violation", () => {
  const responses = [
    ...sample(11),
    ...allowed(12, 1, (i) => Math.max(0, 10 - i), 11),
    response({ label: 'burst request 13', at: 1012, status: 429, limit: 11, remaining: 0, reset: 1 }),
  ];
  expect(judge(limitEnforced, trace(responses)).kind).toBe('holds');
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

  test('past Remaining 0: Limit a second, and two for rounding', () => {
    expect(mostOverdrafts(10, 500)).toBe(7);
  });

  test('the meter counts only up to the first denial', () => {
    const meter = new AllowanceMeter(10);
    const ok = allowed(3, 1, (i) => 2 - i);
    for (const r of ok) meter.add(r, true);
    meter.add(response({ at: 1003, status: 429, limit: 10, remaining: 0 }), false);
    meter.add(response({ at: 1004, limit: 10, remaining: 9 }), true);
    expect(meter.figures).toMatchObject({ sent: 4, allowed: 3, overdrafts: 0, limit: 10 });
  });
});
