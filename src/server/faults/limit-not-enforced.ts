import type { Fault } from './fault';
import { NEVER_DENIED_SKIPS } from './support/never-denied';

export const limitNotEnforced: Fault = {
  name: 'limit-not-enforced',
  description: 'Counts Remaining down to 0 as it should, but never denies a request.',
  breaks: ['rate.limit-enforced'],
  skips: NEVER_DENIED_SKIPS,
  install: () => ({
    decide: (key, nowMs, next) => ({ ...next(key, nowMs), allowed: true }),
  }),
};
