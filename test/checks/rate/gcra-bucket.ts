import type { Decision, Limiter } from './simulated-target';

/**
 * A token bucket written from the definition of the generic cell rate algorithm (GCRA, the
 * "virtual scheduling" form of ITU-T I.371), not from the reference server's limiter, so that the
 * two can be held against each other.
 *
 * Emission interval T = 1/rate, tolerance τ = burst·T. Each client has a theoretical arrival time
 * (TAT). A request at t conforms when TAT ≤ t + τ; it then moves TAT to max(TAT, t) + T. A request
 * that does not conform changes nothing. As the throttled library reports it: Limit is burst + 1
 * (the requests a full bucket lets through at once), Remaining the further requests that would
 * conform at t, Reset the moment the bucket is full again (TAT).
 *
 * Time is kept exactly: in microseconds times the rate, as BigInt, so that T is the whole
 * number 10⁶ and no sum of fractions can round a request to the wrong side of τ.
 */
export function tokenBucket(rate: number, burst = rate): Limiter {
  if (!Number.isInteger(rate) || rate <= 0) throw new Error(`rate must be a positive integer, got ${rate}`);
  const T = 1_000_000n;
  const tau = BigInt(burst) * T;
  const tats = new Map<string, bigint>();
  const toUnits = (ms: number) => BigInt(Math.round(ms * 1000)) * BigInt(rate);
  // Rounded to the microsecond: a moment the server's floating-point sums can match.
  const toMs = (units: bigint) => Number((units + BigInt(rate) / 2n) / BigInt(rate)) / 1000;

  return {
    decide(key, nowMs): Decision {
      const t = toUnits(nowMs);
      const tat = tats.get(key) ?? t;
      const limit = burst + 1;
      if (tat > t + tau) return { allowed: false, limit, remaining: 0, resetAtMs: toMs(tat) };
      // biome-ignore lint/complexity/useMathMinMax: Math.max does not take BigInt.
      const next = (tat > t ? tat : t) + T;
      tats.set(key, next);
      // The k-th further request conforms when next + (k - 1)·T ≤ t + τ.
      const room = t + tau - next;
      const remaining = room < 0n ? 0 : Number(room / T) + 1;
      return { allowed: true, limit, remaining, resetAtMs: toMs(next) };
    },
  };
}
