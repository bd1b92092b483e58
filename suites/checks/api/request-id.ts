import { apiProbes } from '../../support/api-probes';
import type { Check } from '../../support/clause-test';
import { answered, probeName, requireAllAnswered } from '../../support/probe';

/**
 * Every response of the api probe set carries a non-empty X-Request-Id. The rate limit's own 429
 * is left out: the document's 429 example shows no such header.
 */
export const requestId: Check = async (findings, context) => {
  const { all } = await apiProbes(context);
  const name = context.contract.headers.requestId;
  for (const { label, response } of answered(all)) {
    if (response.status === context.contract.limitExceeded.status) continue;
    const value = response.header(name);
    findings.expect(
      value !== undefined && value.trim() !== '',
      `${probeName(label, response)} answers a non-empty ${name} header`,
      value === undefined ? `${response.status} with no ${name} header` : `an empty ${name} header`,
      response.exchange,
    );
  }
  requireAllAnswered(findings, all);
};
