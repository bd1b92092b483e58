import { readJsonBody } from '../../../src/http/json-body';
import { apiProbes } from '../../support/api-probes';
import type { Check } from '../../support/clause-test';
import { isJsonMediaType } from '../../support/media-type';
import { NotApplicable } from '../../support/not-applicable';
import { answered, probeName, requireAllAnswered } from '../../support/probe';

/**
 * Every JSON body of the api probe set is labelled application/json; the type and subtype compare
 * case-insensitively, and a charset (or any other parameter) is allowed.
 */
export const jsonContentType: Check = async (findings, context) => {
  const { all } = await apiProbes(context);
  let judged = 0;
  for (const { label, response } of answered(all)) {
    if (readJsonBody(response.text).kind !== 'json') continue;
    judged++;
    const contentType = response.header('content-type');
    findings.expect(
      isJsonMediaType(contentType),
      `the JSON body of ${probeName(label, response)} labelled Content-Type: application/json`,
      contentType === undefined ? 'no Content-Type header' : `Content-Type: ${contentType}`,
      response.exchange,
    );
  }
  requireAllAnswered(findings, all);
  if (judged === 0)
    throw new NotApplicable('no response of the probe set carried a JSON body (see api.json-body)');
};
