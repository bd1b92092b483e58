import { unauthenticatedProbes } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { summarize } from '../../support/describe-response';
import { answered, probeName, requireAllAnswered } from '../../support/probe';

/** /users/me, without credentials and with a token the server never issued, answers the documented 401. */
export const unauthenticatedRefused: Check = async (findings, context) => {
  const probes = await unauthenticatedProbes(context);
  const expected = context.contract.me.unauthenticatedStatus;
  for (const { label, response } of answered(probes)) {
    findings.expect(
      response.status === expected,
      `${probeName(label, response)} answers ${expected}`,
      summarize(response, context),
      response.exchange,
    );
  }
  requireAllAnswered(findings, probes);
};
