import { createLimiter } from '../rate-limit/create-limiter';
import type { Fault } from './fault';

const EXTRA = 5;

export const remainingAboveLimit: Fault = {
  name: 'remaining-above-limit',
  description: 'Lets Limit + 5 requests through and counts Remaining from there, while Limit says 5 fewer.',
  breaks: ['rate.remaining-in-range'],
  install: ({ options }) => {
    const roomier = createLimiter({
      ...options,
      rate: options.rate + EXTRA,
      burst: options.burst === undefined ? undefined : options.burst + EXTRA,
    });
    return {
      decide: (key, nowMs) => {
        const decision = roomier.decide(key, nowMs);
        return { ...decision, limit: decision.limit - EXTRA };
      },
    };
  },
};
