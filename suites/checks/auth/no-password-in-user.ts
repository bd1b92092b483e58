import type { HttpResponse } from '../../../src/http/client';
import { isPlainObject, readJsonBody } from '../../../src/http/json-body';
import { secretForms } from '../../../src/http/redactor';
import { authLogin, meWithBearer, succeeded } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { where } from '../../support/describe-response';
import { NotApplicable } from '../../support/not-applicable';

/**
 * The User objects of a good login and of /users/me carry no password: their password field is
 * absent or empty (Mattermost sends `"password": ""`), and the configured password appears
 * nowhere in their bodies.
 */
export const noPasswordInUser: Check = async (findings, context) => {
  const login = await authLogin(context);
  const bodies: HttpResponse[] = [];
  if (succeeded(login)) bodies.push(login);
  if (succeeded(login) && login.header(context.contract.headers.token)?.trim()) {
    const me = await meWithBearer(context);
    if (succeeded(me)) bodies.push(me);
  }
  if (bodies.length === 0)
    throw new NotApplicable(
      `needs a User object, and the login answered ${login.status} (see auth.login-returns-token)`,
    );

  const field = context.contract.login.fields.password;
  const password = context.config.password;
  const forms = password ? secretForms(password) : [];
  for (const response of bodies) {
    const body = readJsonBody(response.text);
    const value = body.kind === 'json' && isPlainObject(body.value) ? body.value[field] : undefined;
    const carried = value !== undefined && value !== null && value !== '';
    if (carried)
      findings.violation(
        `the User object of ${where(response)} with no ${field} field, or an empty one`,
        `a ${field} field holding ${value === password ? 'the password' : describeValue(value)}`,
        response.exchange,
      );
    if (value !== password && forms.some((form) => response.text.includes(form)))
      findings.violation(
        `the password nowhere in the body of ${where(response)}`,
        'the password appears in the body',
        response.exchange,
      );
  }
};

/** A field's value described without showing it. */
function describeValue(value: unknown): string {
  return typeof value === 'string' ? `a value of ${value.length} characters` : `a ${typeof value} value`;
}
