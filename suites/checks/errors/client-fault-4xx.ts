import type { Check } from '../../support/clause-test';
import { errorProbes } from '../../support/error-probes';
import { expectEach4xx } from '../../support/expect-4xx';

/**
 * Each fault of the caller — malformed JSON, missing login fields, an unknown team, an unknown
 * route, a method the path does not have — is answered with a 4xx. The document names no code, so
 * any 4xx is an appropriate one (Mattermost answers 403 to several).
 */
export const clientFault4xx: Check = async (findings, context) => {
  expectEach4xx(
    findings,
    context,
    (await errorProbes(context)).filter((p) => p.clientFault),
  );
};
