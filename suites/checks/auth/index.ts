import type { Check } from '../../support/clause-test';
import { bearerAccepted } from './bearer-accepted';
import { cookieAccepted } from './cookie-accepted';
import { loginExampleRequest } from './login-example-request';
import { loginReturnsToken } from './login-returns-token';
import { loginReturnsUser } from './login-returns-user';
import { loginSetsCookie } from './login-sets-cookie';
import { noPasswordInUser } from './no-password-in-user';
import { unauthenticatedNoUser } from './unauthenticated-no-user';
import { unauthenticatedRefused } from './unauthenticated-refused';
import { wrongPasswordRefused } from './wrong-password-refused';

/** The check of each auth clause, by clause id. */
export const AUTH_CHECKS: Record<string, Check> = {
  'auth.login-returns-token': loginReturnsToken,
  'auth.login-returns-user': loginReturnsUser,
  'auth.login-example-request': loginExampleRequest,
  'auth.login-sets-cookie': loginSetsCookie,
  'auth.bearer-accepted': bearerAccepted,
  'auth.cookie-accepted': cookieAccepted,
  'auth.unauthenticated-no-user': unauthenticatedNoUser,
  'auth.unauthenticated-refused': unauthenticatedRefused,
  'auth.wrong-password-refused': wrongPasswordRefused,
  'auth.no-password-in-user': noPasswordInUser,
};
