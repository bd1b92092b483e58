import { anyBearerAccepted } from './any-bearer-accepted';
import { anyPasswordAccepted } from './any-password-accepted';
import { apiUnderV2 } from './api-under-v2';
import { bearerIgnored } from './bearer-ignored';
import { constantRequestId } from './constant-request-id';
import { cookieIgnored } from './cookie-ignored';
import { cookieNotHttpOnly } from './cookie-not-httponly';
import { cookieOtherToken } from './cookie-other-token';
import { cookiePathApi } from './cookie-path-api';
import { emptyRequestId } from './empty-request-id';
import { errorBlankMessage } from './error-blank-message';
import { errorBodyMissingField } from './error-body-missing-field';
import { errorEmptyMessage } from './error-empty-message';
import { errorRequestIdMismatch } from './error-request-id-mismatch';
import { errorStatusCodeMismatch } from './error-status-code-mismatch';
import { errorStatusCodeString } from './error-status-code-string';
import type { Fault } from './fault';
import { htmlNotFound } from './html-not-found';
import { jsonLabelledText } from './json-labelled-text';
import { limit429RemainingNonzero } from './limit-429-remaining-nonzero';
import { limit429WithoutHeaders } from './limit-429-without-headers';
import { limitBodyHtml } from './limit-body-html';
import { limitBodyStatusCode400 } from './limit-body-status-code-400';
import { limitEnforcedEarly } from './limit-enforced-early';
import { limitNotEnforced } from './limit-not-enforced';
import { limitNotInteger } from './limit-not-integer';
import { limitOneOver } from './limit-one-over';
import { limitStatus503 } from './limit-status-503';
import { limitVaries } from './limit-varies';
import { loginEmptyToken } from './login-empty-token';
import { loginNoToken } from './login-no-token';
import { loginRequiresJsonType } from './login-requires-json-type';
import { loginStatus201 } from './login-status-201';
import { loginWrongUser } from './login-wrong-user';
import { logoutNoUserId } from './logout-no-user-id';
import { logoutStatus204 } from './logout-status-204';
import { logoutWithoutCredentials } from './logout-without-credentials';
import { malformedJson500 } from './malformed-json-500';
import { meMethodNotAllowed } from './me-method-not-allowed';
import { meWithoutCredentials } from './me-without-credentials';
import { meWrongUser } from './me-wrong-user';
import { missingFields200 } from './missing-fields-200';
import { noRateHeaders } from './no-rate-headers';
import { noRequestId } from './no-request-id';
import { passwordEchoed } from './password-echoed';
import { passwordHashInUser } from './password-hash-in-user';
import { passwordInLaterUser } from './password-in-later-user';
import { rateHeadersOnSuccessOnly } from './rate-headers-on-success-only';
import { remainingAboveLimit } from './remaining-above-limit';
import { remainingCountsDouble } from './remaining-counts-double';
import { remainingStuck } from './remaining-stuck';
import { resetMilliseconds } from './reset-milliseconds';
import { resetOverstated } from './reset-overstated';
import { resetUnderstated } from './reset-understated';
import { sessionNotKept } from './session-not-kept';
import { unauthenticated403 } from './unauthenticated-403';
import { unknownEmail500 } from './unknown-email-500';
import { unknownRoute200 } from './unknown-route-200';
import { unknownRoute302 } from './unknown-route-302';
import { unknownTeam500 } from './unknown-team-500';
import { unknownUserId500 } from './unknown-user-id-500';
import { userByIdMissing } from './user-by-id-missing';
import { userByIdNoEmail } from './user-by-id-no-email';
import { wrongMethod500 } from './wrong-method-500';
import { wrongType500 } from './wrong-type-500';

export type { Fault, FaultContext } from './fault';

/** Every fault the reference server knows, by area of the clauses they break. */
export const FAULTS: readonly Fault[] = [
  // api
  apiUnderV2,
  constantRequestId,
  emptyRequestId,
  htmlNotFound,
  jsonLabelledText,
  meMethodNotAllowed,
  noRequestId,

  // auth
  anyBearerAccepted,
  anyPasswordAccepted,
  bearerIgnored,
  cookieIgnored,
  cookieNotHttpOnly,
  cookieOtherToken,
  cookiePathApi,
  loginEmptyToken,
  loginNoToken,
  loginRequiresJsonType,
  loginWrongUser,
  meWithoutCredentials,
  meWrongUser,
  passwordEchoed,
  passwordHashInUser,
  passwordInLaterUser,
  sessionNotKept,
  unauthenticated403,

  // errors
  errorBlankMessage,
  errorBodyMissingField,
  errorEmptyMessage,
  errorRequestIdMismatch,
  errorStatusCodeMismatch,
  errorStatusCodeString,
  limitBodyStatusCode400,
  malformedJson500,
  missingFields200,
  unknownRoute200,
  unknownRoute302,
  unknownTeam500,
  wrongMethod500,

  // op: the clauses generated from the OpenAPI document's operations
  loginStatus201,
  logoutNoUserId,
  logoutStatus204,
  logoutWithoutCredentials,
  unknownEmail500,
  unknownUserId500,
  userByIdMissing,
  userByIdNoEmail,
  wrongType500,

  // rate
  limit429RemainingNonzero,
  limit429WithoutHeaders,
  limitBodyHtml,
  limitEnforcedEarly,
  limitNotEnforced,
  limitNotInteger,
  limitOneOver,
  limitStatus503,
  limitVaries,
  noRateHeaders,
  rateHeadersOnSuccessOnly,
  remainingAboveLimit,
  remainingCountsDouble,
  remainingStuck,
  resetMilliseconds,
  resetOverstated,
  resetUnderstated,
];

export class UnknownFaultError extends Error {}

export function faultByName(name: string): Fault {
  const fault = FAULTS.find((f) => f.name === name);
  if (!fault) throw new UnknownFaultError(`unknown fault "${name}"; --list-faults lists them`);
  return fault;
}
