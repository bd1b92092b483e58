import { authLogin } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { summarize } from '../../support/describe-response';

/** A good login answers the documented success status with a non-empty Token header. */
export const loginReturnsToken: Check = async (findings, context) => {
  const login = await authLogin(context);
  const { successStatus } = context.contract.login;
  const name = context.contract.headers.token;
  const token = login.header(name);
  findings.expect(
    login.status === successStatus,
    `${successStatus}`,
    summarize(login, context),
    login.exchange,
  );
  findings.expect(
    token !== undefined && token.trim() !== '',
    `a non-empty ${name} header`,
    token === undefined ? `no ${name} header` : `an empty ${name} header`,
    login.exchange,
  );
  if (login.status === 400 || login.status === 401 || login.status === 403)
    findings.note('A refused login may also mean that the configured team, email or password is wrong.');
};
