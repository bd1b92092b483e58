import { authLogin, succeeded } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { NotApplicable } from '../../support/not-applicable';
import { describeReading, isUserFor, readUser } from '../../support/user-object';

/** A successful login's body is a User object (by the spec's User schema) for the email that logged in. */
export const loginReturnsUser: Check = async (findings, context) => {
  const login = await authLogin(context);
  if (!succeeded(login))
    throw new NotApplicable(
      `needs a successful login, and the login answered ${login.status} (see auth.login-returns-token)`,
    );
  const reading = readUser(login.text, context.contract);
  findings.expect(
    isUserFor(reading, context.config.email),
    `a User object for ${context.config.email}`,
    `${login.status} with ${describeReading(reading)}`,
    login.exchange,
  );
};
