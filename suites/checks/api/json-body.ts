import { MAX_BODY_BYTES } from '../../../src/http/client';
import { readJsonBody } from '../../../src/http/json-body';
import { apiProbes } from '../../support/api-probes';
import type { Check } from '../../support/clause-test';
import { describeBody } from '../../support/describe-response';
import { CannotDecide } from '../../support/not-applicable';
import { answered, probeName, requireAllAnswered } from '../../support/probe';

/**
 * Every non-empty body of the api probe set parses as JSON; an empty body carries no data. The
 * rate limit's own 429 is left to rate.limit-body, where the document allows a text body.
 * A body past the client's cap was never seen whole: it neither passes (as JSON, or as empty,
 * which an endless stream of blanks would otherwise read as) nor fails, since the document sets no
 * size limit; the checker cannot decide, and says why. JSON is UTF-8 (RFC 8259), so bytes that
 * are not cannot pass, though the lenient decoding would still parse.
 */
export const jsonBody: Check = async (findings, context) => {
  const { all } = await apiProbes(context);
  let unread: string | undefined;
  for (const { label, response } of answered(all)) {
    if (response.status === context.contract.limitExceeded.status) continue;
    const expected = `${probeName(label, response)} answers a JSON body (or none)`;
    if (response.overCap) {
      findings.attach(response.exchange);
      unread ??= `${probeName(label, response)} answered ${response.status}, and the body exceeded the ${MAX_BODY_BYTES / 1024} KiB cap (not read past it): the checker cannot tell whether it is JSON`;
    } else if (response.invalidUtf8) {
      findings.violation(expected, `${response.status}, and the body is not valid UTF-8`, response.exchange);
    } else if (readJsonBody(response.text).kind === 'not-json') {
      findings.violation(
        expected,
        `${response.status} with ${describeBody(response, context)}${response.truncated ? ' (cut short)' : ''}`,
        response.exchange,
      );
    }
  }
  requireAllAnswered(findings, all);
  if (unread && findings.violations.length === 0) throw new CannotDecide(unread);
};
