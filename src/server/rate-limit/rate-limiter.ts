/** What the limiter decided for one request, and what the rate-limit headers report of it. */
export interface RateDecision {
  allowed: boolean;
  /** X-Ratelimit-Limit. */
  limit: number;
  /** X-Ratelimit-Remaining: requests the client may still send now. */
  remaining: number;
  /** When the limit resets (ms since the epoch); X-Ratelimit-Reset is read from it. */
  resetAtMs: number;
}

export interface RateLimiter {
  /** Decides one request of the client `key` arriving at `nowMs`; a denied request costs nothing. */
  decide(key: string, nowMs: number): RateDecision;
}

/** Past this many clients, a limiter forgets those whose state has lapsed. */
export const FORGET_AFTER_KEYS = 1024;
