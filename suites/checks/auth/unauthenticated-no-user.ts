import { unauthenticatedProbes } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { answered, probeName, requireAllAnswered } from '../../support/probe';
import { describeReading, readUser } from '../../support/user-object';

/**
 * /users/me, without credentials and with a token the server never issued, answers no User object
 * for anyone. Any status and any other body pass here (an empty 200 included); the status is
 * auth.unauthenticated-refused's matter.
 */
export const unauthenticatedNoUser: Check = async (findings, context) => {
  const probes = await unauthenticatedProbes(context);
  for (const { label, response } of answered(probes)) {
    const reading = readUser(response.text, context.contract);
    findings.expect(
      reading.user === undefined,
      `${probeName(label, response)} answers no User object`,
      `${response.status} with ${describeReading(reading)}`,
      response.exchange,
    );
  }
  requireAllAnswered(findings, probes);
};
