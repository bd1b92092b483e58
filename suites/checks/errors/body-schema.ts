import { readJsonBody } from '../../../src/http/json-body';
import type { Check } from '../../support/clause-test';
import { errorProbes, errorResponses } from '../../support/error-probes';
import { mediaTypeEssence } from '../../support/media-type';
import { NotApplicable } from '../../support/not-applicable';
import { probeName, requireAllAnswered } from '../../support/probe';
import { describeSchemaErrors } from '../../support/schema-errors';

/**
 * Every error response of the errors probe set carries a JSON body that the spec's Error schema
 * accepts (extra fields allowed, as the schema allows them). The rate limit's 429 is rate.limit-body's.
 */
export const bodySchema: Check = async (findings, context) => {
  const probes = await errorProbes(context);
  const errors = errorResponses(probes, context);
  for (const { label, response } of errors) {
    const expected = `${probeName(label, response)} answers the JSON error body`;
    const body = readJsonBody(response.text);
    if (body.kind === 'empty') {
      findings.violation(expected, `${response.status} with an empty body`, response.exchange);
    } else if (body.kind === 'not-json') {
      const type = mediaTypeEssence(response.header('content-type'));
      findings.violation(
        expected,
        `${response.status} with a ${type ? `${type} ` : ''}body that is not JSON${response.truncated ? ' (cut short)' : ''}`,
        response.exchange,
      );
    } else if (!context.contract.validateError(body.value)) {
      const problems = describeSchemaErrors(context.contract.validateError.errors);
      findings.violation(
        expected,
        `${response.status} with a body the Error schema refuses: ${problems.join('; ')}`,
        response.exchange,
      );
    }
  }
  requireAllAnswered(findings, probes);
  if (errors.length === 0)
    throw new NotApplicable('no probe drew an error response (see errors.client-fault-4xx)');
};
