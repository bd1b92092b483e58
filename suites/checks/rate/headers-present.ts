import { firstOfEach } from '../../support/first-of-each';
import type { Judge } from './judge';
import {
  advertisesLimit,
  andMore,
  concludeThrough,
  describe,
  kindOf,
  requireThrough,
  type TracedResponse,
} from './trace';

const KEYS = ['limit', 'remaining', 'reset'] as const;

/**
 * rate.headers-present: every response carries the three headers (read in any letter case). The
 * 429s are left to rate.limit-response-headers, a MUST, so that a bare 429 is reported once.
 */
export const headersPresent: Judge = (trace, findings, { contract }) => {
  requireThrough(trace, 'sample');
  const names = trace.names;
  const header = { limit: names.rateLimit, remaining: names.rateRemaining, reset: names.rateReset };
  const all = `${names.rateLimit}, ${names.rateRemaining} and ${names.rateReset}`;
  const judged = trace.responses.filter((r) => r.status !== contract.limitExceeded.status);
  if (!advertisesLimit(trace.responses)) {
    const first = judged[0] ?? trace.responses[0];
    findings.violation(
      `every response carries ${all}`,
      `none of them on any of the ${trace.responses.length} responses: the server advertises no rate limit`,
      first?.exchange,
    );
    return;
  }
  const missing = judged
    .map((response) => ({
      response,
      names: KEYS.filter((key) => response.rate.raw[key] === undefined).map((key) => header[key]),
    }))
    .filter((m) => m.names.length > 0);
  for (const { first, count } of firstOfEach(missing, (m) => `${m.names.join()}|${kindOf(m.response)}`)) {
    findings.violation(
      `every response carries ${all}`,
      `no ${first.names.join(', no ')} on ${describe(trace, first.response)}${andMore(count)}`,
      first.response.exchange,
    );
  }
  if (missing.length === 0) findings.note(`All three headers on each of ${countOf(judged)}.`);
  concludeThrough(trace, findings, 'sample');
};

function countOf(responses: readonly TracedResponse[]): string {
  return `${responses.length} response${responses.length === 1 ? '' : 's'}`;
}
