import type { Check } from '../../support/clause-test';
import { summarize } from '../../support/describe-response';
import { errorProbes } from '../../support/error-probes';
import { answered, probeName, requireAllAnswered } from '../../support/probe';

/**
 * Each fault of the caller — malformed JSON, missing login fields, an unknown team, an unknown
 * route, a method the path does not have — is answered with a 4xx: neither a success nor a server
 * error. The document names no code, so any 4xx is an appropriate one (Mattermost answers 403 to
 * several). A 429 left after the client's retries is the rate limiter's, not an answer to the fault.
 */
export const clientFault4xx: Check = async (findings, context) => {
  const probes = (await errorProbes(context)).filter((p) => p.clientFault);
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
