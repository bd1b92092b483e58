import { apiProbes } from '../../support/api-probes';
import type { Check } from '../../support/clause-test';
import { describeBody } from '../../support/describe-response';
import { readJsonBody } from '../../support/json-body';
import { answered, probeName, requireAllAnswered } from '../../support/probe';

/**
 * Every non-empty body of the api probe set parses as JSON; an empty body carries no data. The
 * rate limit's own 429 is left to rate.limit-body, where the document allows a text body.
 */
export const jsonBody: Check = async (findings, context) => {
  const { all } = await apiProbes(context);
  for (const { label, response } of answered(all)) {
    if (response.status === context.contract.limitExceeded.status) continue;
    if (readJsonBody(response.text).kind !== 'not-json') continue;
    findings.violation(
      `${probeName(label, response)} answers a JSON body (or none)`,
      `${response.status} with ${describeBody(response, context)}${response.truncated ? ' (cut short)' : ''}`,
      response.exchange,
    );
  }
  requireAllAnswered(findings, all);
};
