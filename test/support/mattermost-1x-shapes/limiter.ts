/**
 * The rate limiter of a Mattermost 1.x release: keyed by the remote address *and port*, so that
 * each TCP connection has an allowance of its own; fixed one-second windows that start with a
 * key's first request; Reset given as the seconds left in the window, rounded up.
 */
export interface LimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds left in the window, rounded up (1 within a one-second window). */
  reset: number;
}

const WINDOW_MS = 1000;

export class PerConnectionLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(readonly limit: number) {}

  take(key: string, nowMs: number): LimitDecision {
    let window = this.windows.get(key);
    if (!window || nowMs - window.startMs >= WINDOW_MS) {
      window = { startMs: nowMs, count: 0 };
      this.windows.set(key, window);
    }
    const allowed = window.count < this.limit;
    if (allowed) window.count++;
    return {
      allowed,
      limit: this.limit,
      remaining: this.limit - window.count,
      reset: Math.ceil((window.startMs + WINDOW_MS - nowMs) / 1000),
    };
  }
}
