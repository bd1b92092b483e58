import type { Fault } from './fault';

export const remainingStuck: Fault = {
  name: 'remaining-stuck',
  description: 'Always says Remaining = Limit - 1 and never denies, like a limiter that is misconfigured.',
  breaks: ['rate.remaining-decrements', 'rate.limit-enforced'],
  install: () => ({
    decide: (key, nowMs, next) => {
      const decision = next(key, nowMs);
      return { ...decision, allowed: true, remaining: decision.limit - 1 };
    },
  }),
};
