import type { RateDecision } from '../rate-limit/rate-limiter';
import type { Fault } from './fault';

/** How long a client that meets a 429 stays denied, whatever Reset says. */
const PENALTY_MS = 3000;

export const resetUnderstated: Fault = {
  name: 'reset-understated',
  description: 'Keeps a denied client denied for 3 s while Reset says the limit resets within 1 s.',
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
        if (!decision.allowed) penalties.set(key, { untilMs: nowMs + PENALTY_MS, limit: decision.limit });
        return decision;
      },
    };
  },
};
