import { firstOfEach } from '../../support/first-of-each';
import { NotApplicable } from '../../support/not-applicable';
import type { Judge } from './judge';
import { andMore, concludeThrough, describe, requireAdvertised } from './trace';

/** rate.limit-constant: X-Ratelimit-Limit holds the same value on every response of the run. */
export const limitConstant: Judge = (trace, findings) => {
  requireAdvertised(trace);
  const name = trace.names.rateLimit;
  const limited = trace.responses.filter((r) => r.rate.limit !== undefined);
  if (limited.length === 0)
    throw new NotApplicable(`no response carried an integer ${name} (see rate.headers-integers)`);
  const [first, ...others] = firstOfEach(limited, (r) => String(r.rate.limit));
  if (!first) return;
  for (const other of others) {
    findings.violation(
      `${name} holds the same value on every response: ${first.first.rate.limit} on ${describe(trace, first.first)}`,
      `${other.first.rate.limit} on ${describe(trace, other.first)}${andMore(other.count)}`,
      other.first.exchange,
    );
  }
  if (others.length === 0)
    findings.note(`${name} ${first.first.rate.limit} on all ${limited.length} responses that carried it.`);
  concludeThrough(trace, findings, 'sample');
};
