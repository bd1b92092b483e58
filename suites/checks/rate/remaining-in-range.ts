import { firstOfEach } from '../../support/first-of-each';
import { NotApplicable } from '../../support/not-applicable';
import type { Judge } from './judge';
import { andMore, concludeThrough, describe, kindOf, requireAdvertised } from './trace';

/**
 * rate.remaining-in-range: X-Ratelimit-Remaining lies between 0 and the same response's
 * X-Ratelimit-Limit. A negative or non-integer value is rate.headers-integers' to report.
 */
export const remainingInRange: Judge = (trace, findings) => {
  requireAdvertised(trace);
  const { rateRemaining, rateLimit } = trace.names;
  const both = trace.responses.filter((r) => r.rate.remaining !== undefined && r.rate.limit !== undefined);
  if (both.length === 0)
    throw new NotApplicable(`no response carried both an integer ${rateRemaining} and ${rateLimit}`);
  const above = both.filter((r) => (r.rate.remaining as number) > (r.rate.limit as number));
  for (const { first, count } of firstOfEach(above, kindOf)) {
    findings.violation(
      `${rateRemaining} lies between 0 and ${rateLimit}`,
      `${rateRemaining} ${first.rate.remaining} with ${rateLimit} ${first.rate.limit} on ${describe(trace, first)}${andMore(count)}`,
      first.exchange,
    );
  }
  if (above.length === 0) findings.note(`In range on all ${both.length} responses that carried both.`);
  concludeThrough(trace, findings, 'sample');
};
