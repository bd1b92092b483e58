import type { Fault } from './fault';

/** When each client's last extra request was let through: until then it gets no other. */
type Given = Map<string, { resetAtMs: number }>;

export const limitOneOver: Fault = {
  name: 'limit-one-over',
  description:
    'Lets one request more than Limit through in each window (a bucket: each time it runs dry), with Remaining 0.',
  breaks: ['rate.limit-enforced'],
  install: () => {
    const given: Given = new Map();
    return {
      decide: (key, nowMs, next) => {
        const decision = next(key, nowMs);
        if (decision.allowed) return decision;
        const last = given.get(key);
        // One per window: the window it was given in (or the bucket's run dry) must have ended.
        if (last && nowMs < last.resetAtMs) return decision;
        given.set(key, { resetAtMs: decision.resetAtMs });
        return { ...decision, allowed: true, remaining: 0 };
      },
    };
  },
};
