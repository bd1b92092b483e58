import type { Fault } from './fault';

export const limitEnforcedEarly: Fault = {
  name: 'limit-enforced-early',
  description: 'Denies with 429 once half the allowance is used, while Remaining still shows the other half.',
  breaks: ['rate.limit-enforced'],
  install: () => ({
    decide: (key, nowMs, next) => {
      const decision = next(key, nowMs);
      const used = decision.limit - decision.remaining;
      return decision.allowed && used > decision.limit / 2
        ? { ...decision, allowed: false, remaining: 0 }
        : decision;
    },
  }),
};
