import type { Fault } from './fault';

export const limitNotEnforced: Fault = {
  name: 'limit-not-enforced',
  description: 'Counts Remaining down to 0 as it should, but never denies a request.',
  breaks: ['rate.limit-enforced'],
  install: () => ({
    decide: (key, nowMs, next) => ({ ...next(key, nowMs), allowed: true }),
  }),
};
