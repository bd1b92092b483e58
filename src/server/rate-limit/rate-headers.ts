import type { ServerOptions } from '../server-options';
import type { RateDecision } from './rate-limiter';

/** The three rate-limit headers, by their lower-case names. */
export const RATE_HEADERS = {
  limit: 'x-ratelimit-limit',
  remaining: 'x-ratelimit-remaining',
  reset: 'x-ratelimit-reset',
} as const;

/**
 * X-Ratelimit-Reset in the chosen form, rounded up so that a client waiting that long is always
 * past the reset: seconds left (the examples' `1`) or the epoch second (the table's `1441983590`).
 */
export function resetValue(resetAtMs: number, form: ServerOptions['resetForm'], nowMs: number): number {
  return form === 'epoch' ? Math.ceil(resetAtMs / 1000) : Math.max(0, Math.ceil((resetAtMs - nowMs) / 1000));
}

export function rateHeaders(
  decision: RateDecision,
  form: ServerOptions['resetForm'],
  nowMs: number,
): Record<string, string> {
  return {
    [RATE_HEADERS.limit]: String(decision.limit),
    [RATE_HEADERS.remaining]: String(Math.max(0, decision.remaining)),
    [RATE_HEADERS.reset]: String(resetValue(decision.resetAtMs, form, nowMs)),
  };
}
