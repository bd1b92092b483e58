import type { Fault } from './fault';

export const remainingStuck: Fault = {
  name: 'remaining-stuck',
  description: 'Always says Remaining = Limit - 1 and never denies, like a limiter that is misconfigured.',
  breaks: ['rate.remaining-decrements', 'rate.limit-enforced'],
  // With no denial there is no 429 to read, nor a reset to wait for.
  skips: [
    'rate.limit-response-headers',
    'rate.limit-body',
    'rate.recovers-after-reset',
    'rate.reset-truthful',
    'rate.budget-scope',
  ],
  install: () => ({
    decide: (key, nowMs, next) => {
      const decision = next(key, nowMs);
      return { ...decision, allowed: true, remaining: decision.limit - 1 };
    },
  }),
};
