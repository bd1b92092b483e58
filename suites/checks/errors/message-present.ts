import type { Check } from '../../support/clause-test';
import { errorField } from '../../support/error-body';
import { errorProbes, errorResponses } from '../../support/error-probes';
import { NotApplicable } from '../../support/not-applicable';
import { probeName, requireAllAnswered } from '../../support/probe';

/**
 * The message of each error body states a reason: not empty, not only blanks. A body without the
 * field is errors.body-schema's finding.
 */
export const messagePresent: Check = async (findings, context) => {
  const field = errorField(context.contract, 'message');
  const probes = await errorProbes(context);
  const judged = errorResponses(probes, context).filter(({ body }) => body?.[field] !== undefined);
  for (const { label, response, body } of judged) {
    const value = body?.[field];
    findings.expect(
      value !== null && (typeof value !== 'string' || value.trim() !== ''),
      `a non-empty ${field} in the error body of ${probeName(label, response)}`,
      `${field} ${JSON.stringify(value)}`,
      response.exchange,
    );
  }
  requireAllAnswered(findings, probes);
  if (judged.length === 0)
    throw new NotApplicable(`no error response carried a ${field} (see errors.body-schema)`);
};
