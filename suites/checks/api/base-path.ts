import { apiProbes } from '../../support/api-probes';
import type { Check } from '../../support/clause-test';
import { answered, probeName, requireAllAnswered } from '../../support/probe';

/**
 * Both documented operations are routed under the base path: the api probes' login and
 * /users/me requests are answered with any status but 404 (no such route) or 405 (no such method).
 */
export const basePath: Check = async (findings, context) => {
  const probes = await apiProbes(context);
  const documented = [probes.login, probes.meWithToken, probes.meWithoutCredentials].filter(
    (p) => p !== undefined,
  );
  for (const { label, response } of answered(documented)) {
    findings.expect(
      response.status !== 404 && response.status !== 405,
      `${probeName(label, response)} is routed (any status but 404 or 405)`,
      `${response.status}`,
      response.exchange,
    );
  }
  requireAllAnswered(findings, documented);
};
