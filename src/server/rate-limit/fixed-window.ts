import { FORGET_AFTER_KEYS, type RateDecision, type RateLimiter } from './rate-limiter';

export const WINDOW_MS = 1000;

interface Window {
  startMs: number;
  used: number;
}

/**
 * Mattermost 1.x's limiter: `rate` requests per one-second window, the window starting at the
 * client's first request after the previous one ended. Reset is the end of the window.
 */
export class FixedWindowLimiter implements RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly rate: number) {}

  decide(key: string, nowMs: number): RateDecision {
    let window = this.windows.get(key);
    if (!window || nowMs >= window.startMs + WINDOW_MS) {
      if (this.windows.size >= FORGET_AFTER_KEYS) this.forgetEnded(nowMs);
      window = { startMs: nowMs, used: 0 };
      this.windows.set(key, window);
    }
    const allowed = window.used < this.rate;
    if (allowed) window.used++;
    return {
      allowed,
      limit: this.rate,
      remaining: this.rate - window.used,
      resetAtMs: window.startMs + WINDOW_MS,
    };
  }

  private forgetEnded(nowMs: number): void {
    for (const [key, window] of this.windows) {
      if (nowMs >= window.startMs + WINDOW_MS) this.windows.delete(key);
    }
  }
}
