import { MAX_BODY_BYTES } from '../../../src/http/client';
import { apiProbes } from '../../support/api-probes';
import type { Check } from '../../support/clause-test';
import { describeBody } from '../../support/describe-response';
import { readJsonBody } from '../../support/json-body';
import { answered, probeName, requireAllAnswered } from '../../support/probe';

/**
 * Every non-empty body of the api probe set parses as JSON; an empty body carries no data. The
 * rate limit's own 429 is left to rate.limit-body, where the document allows a text body.
 * A body past the client's cap was never seen whole, so it cannot pass as JSON (or as empty,
 * which an endless stream of blanks would otherwise read as); JSON is UTF-8 (RFC 8259), so bytes
 * that are not cannot pass either, though the lenient decoding would still parse.
 */
export const jsonBody: Check = async (findings, context) => {
  const { all } = await apiProbes(context);
  for (const { label, response } of answered(all)) {
    if (response.status === context.contract.limitExceeded.status) continue;
    const expected = `${probeName(label, response)} answers a JSON body (or none)`;
    if (response.overCap) {
      findings.violation(
        expected,
        `${response.status}, and the body exceeded the ${MAX_BODY_BYTES / 1024} KiB cap (not read past it)`,
        response.exchange,
      );
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
};
