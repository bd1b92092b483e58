import type { Fault } from './fault';

const OVERSTATEMENT_MS = 5000;

export const resetOverstated: Fault = {
  name: 'reset-overstated',
  description: 'Says the limit resets 5 s later than it does: the window is 1 s.',
  breaks: ['rate.reset-truthful'],
  install: () => ({
    decide: (key, nowMs, next) => {
      const decision = next(key, nowMs);
      return { ...decision, resetAtMs: decision.resetAtMs + OVERSTATEMENT_MS };
    },
  }),
};
