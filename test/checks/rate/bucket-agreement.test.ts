import { TokenBucketLimiter } from '../../../src/server/rate-limit/token-bucket';
import { T0 } from './build-trace';
import { tokenBucket } from './gcra-bucket';

// The simulated bucket (written from the GCRA definition, in exact arithmetic) and the reference
// server's (floating point, with a slack) must decide every request of a schedule alike: allowed or
// not, Limit, Remaining, and the reset moment to within a few microseconds.

/** A fixed pseudo-random sequence in [0, 1), so that every run tries the same schedules. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/**
 * Request moments (ms) from `start`, `count` of them: gaps drawn around the emission interval (a
 * hair under it, on it, a hair over it, none at all, a long pause), on two clients.
 */
function schedule(rate: number, start: number, count: number, seed: number): [string, number][] {
  const random = sequence(seed);
  const interval = 1000 / rate;
  const gaps = [0, 0, 1, interval - 1, interval, interval + 1, 2 * interval, 0.5 * interval, 5 * interval];
  let at = start;
  return Array.from({ length: count }, () => {
    at += Math.max(0, Math.round(gaps[Math.floor(random() * gaps.length)] ?? 0));
    return [random() < 0.8 ? 'a' : 'b', at] as [string, number];
  });
}

const micro = (ms: number) => Math.round(ms * 1000);
const RESET_SLACK_US = 10;

const CASES: [number, number][] = [
  [1, 0],
  [1, 1],
  [3, 0],
  [3, 2],
  [7, 7],
  [10, 3],
  [10, 10],
  [50, 50],
  [1000, 1000],
];

describe.each([
  ['from 0', 0],
  ['at an epoch moment', T0],
])('the simulated and the reference token bucket, %s', (_name, start) => {
  test.each(CASES)(
    'rate %i/s, burst %i: every decision alike on 6 schedules of 300 requests',
    (rate, burst) => {
      for (let seed = 1; seed <= 6; seed++) {
        const simulated = tokenBucket(rate, burst);
        const reference = new TokenBucketLimiter(rate, burst);
        const differences = schedule(rate, start, 300, seed * 7919)
          .map(([key, at], n) => {
            const s = simulated.decide(key, at);
            const r = reference.decide(key, at);
            const read = (d: typeof s) => `${d.allowed} ${d.limit} ${d.remaining} ${micro(d.resetAtMs)}`;
            // The reference sums floating-point intervals: at epoch magnitudes its reset strays by a few
            // microseconds (Reset is read in whole seconds).
            const alike =
              s.allowed === r.allowed &&
              s.limit === r.limit &&
              s.remaining === r.remaining &&
              Math.abs(micro(s.resetAtMs) - micro(r.resetAtMs)) <= RESET_SLACK_US;
            return alike
              ? undefined
              : `request ${n} at +${at - start} ms: simulated ${read(s)}, reference ${read(r)}`;
          })
          .filter((d) => d !== undefined);
        expect({ seed, differences: differences.slice(0, 3) }).toEqual({ seed, differences: [] });
      }
    },
  );

  test('the schedules meet both answers: allowed and denied, with Remaining at 0 and above', () => {
    const limiter = tokenBucket(10, 3);
    const decisions = schedule(10, start, 300, 7919).map(([key, at]) => limiter.decide(key, at));
    expect(new Set(decisions.map((d) => `${d.allowed}:${d.remaining > 0}`))).toEqual(
      new Set(['true:true', 'true:false', 'false:false']),
    );
  });
});
