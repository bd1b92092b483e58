import { authLogin, succeeded } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { summarize } from '../../support/describe-response';
import { NotApplicable } from '../../support/not-applicable';

/** curl's -d labels the body application/x-www-form-urlencoded; the document's own example sends it so. */
const CURL_DATA_CONTENT_TYPE = 'application/x-www-form-urlencoded';

/**
 * A login sent as the document's curl example sends it (the JSON body labelled
 * application/x-www-form-urlencoded) succeeds as the same body labelled application/json does:
 * a 2xx with a Token. The exact status, and a Token the JSON login lacks too, are
 * auth.login-returns-token's findings.
 */
export const loginExampleRequest: Check = async (findings, context) => {
  const asJson = await authLogin(context);
  if (!succeeded(asJson))
    throw new NotApplicable(
      `needs a successful login with the body labelled application/json, and that answered ${asJson.status} (see auth.login-returns-token)`,
    );
  const name = context.contract.headers.token;
  const tokenExpected = !!asJson.header(name)?.trim();
  const response = await context.login(context.loginBody(), CURL_DATA_CONTENT_TYPE);
  const { successStatus } = context.contract.login;
  const token = response.header(name)?.trim();
  findings.expect(
    succeeded(response) && (!!token || !tokenExpected),
    `${successStatus}${tokenExpected ? ` with a ${name} header` : ''}, as for the same body labelled application/json`,
    `${summarize(response, context)}${token || !tokenExpected ? '' : `, no ${name} header`}`,
    response.exchange,
  );
};
