import type { Fault } from './fault';

/** How many requests a session's token authenticates before the server forgets it. */
const KEPT_FOR = 5;

export const sessionNotKept: Fault = {
  name: 'session-not-kept',
  description: `Forgets a session once its token has authenticated ${KEPT_FOR} requests: the next one presenting it is refused, 401.`,
  // The checker's own sessions last a few requests each, but the rate burst's runs to dozens.
  breaks: ['auth.session-kept'],
  shows: { server: {}, inBurst: true },
  // The rate probe's session is lost in its burst: each rate clause skips, naming auth.session-kept.
  skips: [
    'rate.headers-present',
    'rate.headers-integers',
    'rate.limit-constant',
    'rate.remaining-in-range',
    'rate.remaining-decrements',
    'rate.limit-enforced',
    'rate.limit-response-headers',
    'rate.limit-body',
    'rate.reset-form',
    'rate.recovers-after-reset',
    'rate.reset-truthful',
    'rate.budget-scope',
  ],
  install: ({ sessions }) => {
    const uses = new Map<string, number>();
    return {
      authenticate: (tokens, next) => {
        const user = next(tokens);
        const token = tokens.bearer ?? tokens.cookie;
        if (!user || token === undefined) return user;
        const used = (uses.get(token) ?? 0) + 1;
        uses.set(token, used);
        if (used <= KEPT_FOR) return user;
        sessions.end(token);
        return undefined;
      },
    };
  },
};
