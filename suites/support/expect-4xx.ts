import { summarize } from './describe-response';
import type { Findings } from './findings';
import { answered, type Probe, probeName, requireAllAnswered } from './probe';
import type { SuiteContext } from './suite-context';

/**
 * Each probe of a client's mistake is answered with a 4xx: a success would accept the mistake, a
 * 5xx would blame the server for it. A 429 left after the client's retries is the rate limiter's,
 * not an answer to the mistake, and is noted instead of judged.
 */
export function expectEach4xx(findings: Findings, context: SuiteContext, probes: readonly Probe[]): void {
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
}
