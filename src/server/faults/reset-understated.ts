import type { RateDecision } from '../rate-limit/rate-limiter';
import type { Fault } from './fault';

/**
 * How long past the moment its first 429 names a client stays denied: past that moment rounded up
 * to Reset's whole second, and past the one second more a checker may allow for that rounding.
 */
const PENALTY_MS = 3000;

export const resetUnderstated: Fault = {
  name: 'reset-understated',
  description:
    'Keeps a denied client denied until 3 s after the moment its first 429 named, while every later Reset says within 1 s.',
  breaks: ['rate.recovers-after-reset'],
  install: () => {
    const penalties = new Map<string, { untilMs: number; limit: number }>();
    return {
      decide: (key, nowMs, next): RateDecision => {
        const penalty = penalties.get(key);
        if (penalty && nowMs < penalty.untilMs) {
          return {
            allowed: false,
            limit: penalty.limit,
            remaining: 0,
            resetAtMs: Math.min(penalty.untilMs, nowMs + 1000),
          };
        }
        const decision = next(key, nowMs);
        if (!decision.allowed)
          penalties.set(key, { untilMs: decision.resetAtMs + PENALTY_MS, limit: decision.limit });
        return decision;
      },
    };
  },
};
