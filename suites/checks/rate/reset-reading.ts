import { type ResetBounds, type ResetForm, resetForm } from '../../../src/ratelimit/reset-moment';
import { sameAllowance } from './allowance-groups';
import { pathFloorMs } from './network';
import { TRUTH_SLACK_MS } from './timing';
import { isAllowed, largestLimit, type Trace, type TracedResponse } from './trace';

/** A seconds-left Reset whose named moment moved earlier, between two responses of one connection. */
export interface BackwardMove {
  from: TracedResponse;
  to: TracedResponse;
  /** How much earlier the later response's moment is (ms), at the least. */
  byMs: number;
}

/** How far a moment may move back: whole-second rounding of the two values. */
const ROUNDING_MS = 1_000;

/** Which reading a response's integer Reset fits, judged against its own Date when it has one. */
export function formOf(response: TracedResponse): ResetForm | undefined {
  const value = response.rate.reset;
  return value === undefined ? undefined : resetForm(value, response.dateMs ?? response.receivedAtMs);
}

/**
 * Read as seconds left, a Reset names a moment that never moves earlier while one connection's
 * requests keep being allowed, or keep being denied: a window ends when it ends, and a bucket is
 * full no sooner as requests are spent. A value that falls faster than time passes (a count of
 * milliseconds, say) moves it back by more than the rounding of two whole-second values; such a
 * value does not count seconds. Across a change from allowed to denied or back the moment may
 * legitimately change (and a false one there is rate.reset-truthful's). The paced pool is left out:
 * it may spread requests over several sockets, each with its own allowance.
 */
export function backwardMoves(trace: Trace): BackwardMove[] {
  const moves: BackwardMove[] = [];
  const runs = new Map<string, { allowed: boolean; earliestMs: number; response: TracedResponse }>();
  for (const response of trace.responses) {
    const value = response.rate.reset;
    if (value === undefined || response.connection === 'pool' || formOf(response) !== 'seconds-left')
      continue;
    const allowed = isAllowed(trace, response);
    const named = {
      earliestMs: response.sentAtMs + value * 1000,
      latestMs: response.receivedAtMs + value * 1000,
    };
    const run = runs.get(response.connection);
    if (run && run.allowed === allowed && run.earliestMs - named.latestMs > ROUNDING_MS) {
      moves.push({ from: run.response, to: response, byMs: run.earliestMs - named.latestMs });
    }
    if (!run || run.allowed !== allowed || named.earliestMs > run.earliestMs) {
      runs.set(response.connection, { allowed, earliestMs: named.earliestMs, response });
    }
  }
  return moves;
}

/** Why the denial's Reset cannot name a moment to wait for, or undefined when it can. */
export function unreadableReset(trace: Trace, denial: TracedResponse): string | undefined {
  const name = trace.names.rateReset;
  if (denial.rate.reset === undefined) {
    return denial.rate.raw.reset === undefined
      ? `the ${denial.status} carries no ${name} (see rate.limit-response-headers)`
      : `the ${denial.status}'s ${name} ${JSON.stringify(denial.rate.raw.reset)} is not an integer (see rate.headers-integers)`;
  }
  if (formOf(denial) === undefined)
    return `the ${denial.status}'s ${name} ${denial.rate.reset} reads as neither seconds left nor epoch seconds (see rate.reset-form)`;
  if (backwardMoves(trace).length > 0) return `${name} does not count seconds (see rate.reset-form)`;
  return undefined;
}

/**
 * The first request after the denial, on the denied connection (or any, where the allowance is
 * the client's: see sameAllowance), that was allowed with the full
 * allowance back (Remaining = Limit - 1) more than a second before the moment Reset named, as
 * the server's clock had it when it answered (at the latest, half a round trip before our receipt).
 */
export function earlyFullAllowance(
  trace: Trace,
  denial: TracedResponse,
  moment: ResetBounds,
): TracedResponse | undefined {
  const limit = largestLimit(trace.responses);
  // The latest the server can have answered: our receipt, less the way back (half the path).
  const answeredBy = (r: TracedResponse) => r.receivedAtMs - pathFloorMs(trace.responses) / 2;
  return trace.responses
    .slice(trace.responses.indexOf(denial) + 1)
    .find(
      (r) =>
        sameAllowance(trace, denial, r) &&
        isAllowed(trace, r) &&
        r.rate.remaining !== undefined &&
        r.rate.remaining === (r.rate.limit ?? limit ?? Number.NaN) - 1 &&
        answeredBy(r) < moment.earliestMs - TRUTH_SLACK_MS,
    );
}
