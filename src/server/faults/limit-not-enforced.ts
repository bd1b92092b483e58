import type { Fault } from './fault';

export const limitNotEnforced: Fault = {
  name: 'limit-not-enforced',
  description: 'Counts Remaining down to 0 as it should, but never denies a request.',
  breaks: ['rate.limit-enforced'],
  // With no denial there is no 429 to read, nor a reset to wait for.
  skips: [
    'rate.limit-response-headers',
    'rate.limit-body',
    'rate.recovers-after-reset',
    'rate.reset-truthful',
    'rate.budget-scope',
  ],
  install: () => ({
    decide: (key, nowMs, next) => ({ ...next(key, nowMs), allowed: true }),
  }),
};
