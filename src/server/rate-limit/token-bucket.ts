import { FORGET_AFTER_KEYS, type RateDecision, type RateLimiter } from './rate-limiter';

/**
 * Slack for floating-point sums of emission intervals (e.g. 1000/3 ms): at epoch magnitudes (10^12
 * ms) a double resolves about 0.2 µs, and a long sum of intervals strays by more, so the slack is a
 * microsecond, far below any interval the limiter can have.
 */
const EPSILON_MS = 1e-3;

/**
 * The generic cell rate algorithm of the `throttled` library that later Mattermost uses: `rate`
 * requests a second, `burst` more at once. Each client has a theoretical arrival time (TAT); a
 * request moves it one emission interval on, and is allowed while the TAT stays within the
 * tolerance of (burst + 1) intervals ahead of now. As throttled reports it: Limit is burst + 1,
 * Remaining the requests that fit now, Reset the moment the bucket is full again.
 */
export class TokenBucketLimiter implements RateLimiter {
  private readonly arrivals = new Map<string, number>();
  private readonly intervalMs: number;
  private readonly limit: number;
  private readonly toleranceMs: number;

  constructor(rate: number, burst: number) {
    this.intervalMs = 1000 / rate;
    this.limit = burst + 1;
    this.toleranceMs = this.intervalMs * this.limit;
  }

  decide(key: string, nowMs: number): RateDecision {
    const tat = Math.max(this.arrivals.get(key) ?? nowMs, nowMs);
    const nextTat = tat + this.intervalMs;
    if (nextTat - this.toleranceMs > nowMs + EPSILON_MS) {
      return { allowed: false, limit: this.limit, remaining: 0, resetAtMs: tat };
    }
    if (this.arrivals.size >= FORGET_AFTER_KEYS) this.forgetFull(nowMs);
    this.arrivals.set(key, nextTat);
    const room = this.toleranceMs - (nextTat - nowMs);
    return {
      allowed: true,
      limit: this.limit,
      remaining: Math.max(0, Math.floor((room + EPSILON_MS) / this.intervalMs)),
      resetAtMs: nextTat,
    };
  }

  private forgetFull(nowMs: number): void {
    for (const [key, tat] of this.arrivals) {
      if (tat <= nowMs) this.arrivals.delete(key);
    }
  }
}
