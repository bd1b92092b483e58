import { summarize } from '../../support/describe-response';
import { inputProbes } from '../../support/input-probes';
import { answered, probeName, requireAllAnswered } from '../../support/probe';
import type { OperationCheck } from './operation-check';

/**
 * Each faulty input generated from the operation's request schemas is answered with a 4xx: a
 * success would accept it, a 5xx would blame the server for the client's error. A 429 left after
 * the client's retries is the rate limiter's, not an answer to the input.
 */
export const inputClassesAnswered4xx: OperationCheck = async (findings, context, operation) => {
  const probes = await inputProbes(context, operation);
  for (const { label, response } of answered(probes)) {
    if (response.status === context.contract.limitExceeded.status) {
      findings.note(`${probeName(label, response)} met the rate limit (${response.status}); not judged.`);
      continue;
    }
    findings.expect(
      response.status >= 400 && response.status < 500,
      `${probeName(label, response)} answers a 4xx status`,
      summarize(response, context),
      response.exchange,
    );
  }
  requireAllAnswered(findings, probes);
};
