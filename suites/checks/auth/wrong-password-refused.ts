import { randomBytes } from 'node:crypto';
import type { HttpResponse } from '../../../src/http/client';
import { succeeded } from '../../support/auth-probes';
import type { Check } from '../../support/clause-test';
import { summarize } from '../../support/describe-response';
import { probe } from '../../support/probe';
import { describeReading, readUser } from '../../support/user-object';

/**
 * A login with a wrong password answers a 4xx, with no Token and no User object. This is the run's
 * only wrong-password attempt, and a good login follows it at once: servers lock an account after
 * repeated failures, and a success resets their count.
 */
export const wrongPasswordRefused: Check = async (findings, context) => {
  let refused: HttpResponse;
  try {
    refused = await context.login(context.loginBody({ password: wrongPassword(context.config.password) }));
  } finally {
    const after = await probe('a good login', () => context.login());
    if (!after.response || !succeeded(after.response))
      findings.note(
        `The good login sent right after it answered ${after.response ? after.response.status : after.error?.message}.`,
      );
  }
  const name = context.contract.headers.token;
  const token = refused.header(name)?.trim();
  const reading = readUser(refused.text, context.contract);
  findings.expect(
    refused.status >= 400 && refused.status < 500,
    'a 4xx status',
    summarize(refused, context),
    refused.exchange,
  );
  findings.expect(!token, `no ${name} header`, `a ${name} header`, refused.exchange);
  findings.expect(
    reading.user === undefined,
    'no User object',
    `${refused.status} with ${describeReading(reading)}`,
    refused.exchange,
  );
};

/** A password that is certainly not the account's. */
function wrongPassword(password: string): string {
  for (;;) {
    const candidate = `wrong-${randomBytes(6).toString('hex')}`;
    if (candidate !== password) return candidate;
  }
}
