import type { Fault } from './fault';
import { NEVER_DENIED_SKIPS } from './support/never-denied';

export const remainingStuck: Fault = {
  name: 'remaining-stuck',
  description: 'Always says Remaining = Limit - 1 and never denies, like a limiter that is misconfigured.',
  breaks: ['rate.remaining-decrements', 'rate.limit-enforced'],
  skips: NEVER_DENIED_SKIPS,
  install: () => ({
    decide: (key, nowMs, next) => {
      const decision = next(key, nowMs);
      return { ...decision, allowed: true, remaining: decision.limit - 1 };
    },
  }),
};
