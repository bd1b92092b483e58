import type { Check } from '../../support/clause-test';
import { errorField } from '../../support/error-body';
import { errorProbes, errorResponses } from '../../support/error-probes';
import { NotApplicable } from '../../support/not-applicable';
import { probeName, requireAllAnswered } from '../../support/probe';

/**
 * The request_id of each error body is non-empty and, when the response carries an X-Request-Id
 * header, equal to it. A response without the header is judged on the body alone (api.request-id
 * covers the header); a body without the field is errors.body-schema's finding.
 */
export const requestIdMatches: Check = async (findings, context) => {
  const field = errorField(context.contract, 'requestId');
  const header = context.contract.headers.requestId;
  const probes = await errorProbes(context);
  const judged = errorResponses(probes, context).filter(({ body }) => body?.[field] !== undefined);
  for (const { label, response, body } of judged) {
    const value = body?.[field];
    const id = typeof value === 'string' ? value.trim() : value === null ? '' : JSON.stringify(value);
    const name = probeName(label, response);
    if (id === '') {
      findings.violation(
        `a non-empty ${field} in the error body of ${name}`,
        `${field} ${JSON.stringify(value)}`,
        response.exchange,
      );
      continue;
    }
    const sent = response.header(header)?.trim();
    if (sent)
      findings.expect(
        id === sent,
        `${field} equal to the ${header} header (${sent}) on ${name}`,
        `${field} ${JSON.stringify(value)}`,
        response.exchange,
      );
  }
  requireAllAnswered(findings, probes);
  if (judged.length === 0)
    throw new NotApplicable(`no error response carried a ${field} (see errors.body-schema)`);
};
