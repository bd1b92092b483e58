import { firstOfEach } from '../../support/first-of-each';
import { NotApplicable } from '../../support/not-applicable';
import type { Judge } from './judge';
import { andMore, concludeThrough, describe, requireBurst } from './trace';

/** rate.limit-response-headers: every 429 carries the three rate-limit headers, with Remaining 0. */
export const limitResponseHeaders: Judge = (trace, findings, { contract }) => {
  const status = contract.limitExceeded.status;
  const denials = trace.responses.filter((r) => r.status === status);
  if (denials.length === 0) {
    requireBurst(trace);
    throw new NotApplicable(`no ${status} was met (see rate.limit-enforced)`);
  }
  const { rateLimit, rateRemaining, rateReset } = trace.names;
  const flaws = denials.map((response) => {
    const missing = [
      response.rate.raw.limit === undefined ? rateLimit : undefined,
      response.rate.raw.remaining === undefined ? rateRemaining : undefined,
      response.rate.raw.reset === undefined ? rateReset : undefined,
    ].filter((n): n is string => n !== undefined);
    const remaining = response.rate.raw.remaining;
    const nonZero = remaining !== undefined && response.rate.remaining !== 0;
    return { response, missing, remaining: nonZero ? remaining : undefined };
  });
  const missing = flaws.filter((f) => f.missing.length > 0);
  for (const { first, count } of firstOfEach(missing, (f) => f.missing.join())) {
    findings.violation(
      `a ${status} carries ${rateLimit}, ${rateRemaining} and ${rateReset}`,
      `no ${first.missing.join(', no ')} on ${describe(trace, first.response)}${andMore(count)}`,
      first.response.exchange,
    );
  }
  const nonZero = flaws.filter((f) => f.remaining !== undefined);
  for (const { first, count } of firstOfEach(nonZero, (f) => String(f.remaining))) {
    findings.violation(
      `a ${status} carries ${rateRemaining} 0`,
      `${rateRemaining} ${JSON.stringify(first.remaining)} on ${describe(trace, first.response)}${andMore(count)}`,
      first.response.exchange,
    );
  }
  if (findings.violations.length === 0)
    findings.note(`All three headers, ${rateRemaining} 0, on each of ${denials.length} ${status} responses.`);
  concludeThrough(trace, findings, 'burst');
};
