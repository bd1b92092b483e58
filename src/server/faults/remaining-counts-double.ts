import type { Fault } from './fault';

export const remainingCountsDouble: Fault = {
  name: 'remaining-counts-double',
  description: 'Lowers Remaining by two per request, while it denies only once the true count is spent.',
  breaks: ['rate.remaining-decrements', 'rate.limit-enforced'],
  install: () => ({
    decide: (key, nowMs, next) => {
      const decision = next(key, nowMs);
      const used = decision.limit - decision.remaining;
      return { ...decision, remaining: Math.max(0, decision.remaining - used) };
    },
  }),
};
