import type { Check } from '../../support/clause-test';
import { errorField } from '../../support/error-body';
import { errorProbes, errorResponses } from '../../support/error-probes';
import { NotApplicable } from '../../support/not-applicable';
import { probeName, requireAllAnswered } from '../../support/probe';

/**
 * The status_code of each error body equals the response's HTTP status. A body without the field
 * is errors.body-schema's finding, and so is a number written as a string: here "404" matches 404.
 */
export const statusCodeMatches: Check = async (findings, context) => {
  const field = errorField(context.contract, 'statusCode');
  const probes = await errorProbes(context);
  const judged = errorResponses(probes, context).filter(({ body }) => body?.[field] !== undefined);
  for (const { label, response, body } of judged) {
    const value = body?.[field];
    const matches =
      value === response.status || (typeof value === 'string' && value.trim() === String(response.status));
    findings.expect(
      matches,
      `${field} ${response.status} in the error body of ${probeName(label, response)}`,
      `${field} ${JSON.stringify(value)}`,
      response.exchange,
    );
  }
  requireAllAnswered(findings, probes);
  if (judged.length === 0)
    throw new NotApplicable(`no error response carried a ${field} (see errors.body-schema)`);
};
