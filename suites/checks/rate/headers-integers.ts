import { firstOfEach } from '../../support/first-of-each';
import type { Judge } from './judge';
import { andMore, concludeThrough, describe, requireAdvertised } from './trace';

const KEYS = ['limit', 'remaining', 'reset'] as const;
const DECIMAL_INTEGER = /^[0-9]+$/;

/** rate.headers-integers: each rate-limit header present holds a non-negative decimal integer. */
export const headersIntegers: Judge = (trace, findings) => {
  requireAdvertised(trace);
  const names = trace.names;
  const header = { limit: names.rateLimit, remaining: names.rateRemaining, reset: names.rateReset };
  const values = trace.responses.flatMap((response) =>
    KEYS.flatMap((key) => {
      const raw = response.rate.raw[key];
      return raw === undefined ? [] : [{ key, raw, response }];
    }),
  );
  const bad = values.filter((v) => !DECIMAL_INTEGER.test(v.raw.trim()));
  for (const { first, count } of firstOfEach(bad, (v) => `${v.key}|${v.raw}`)) {
    findings.violation(
      `${header[first.key]} holds a non-negative decimal integer`,
      `${JSON.stringify(first.raw)} on ${describe(trace, first.response)}${andMore(count)}`,
      first.response.exchange,
    );
  }
  if (bad.length === 0)
    findings.note(`${values.length} values on ${trace.responses.length} responses, all integers.`);
  concludeThrough(trace, findings, 'sample');
};
