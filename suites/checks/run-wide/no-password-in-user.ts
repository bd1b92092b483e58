import { readUser } from '../../support/user-object';
import { type Offence, type RunWideJudge, reportOffences } from './run-wide-judge';

/** How the password reads in a recorded body: the redactor put its placeholder where it was. */
export const REDACTED_PASSWORD = '$MM_PASSWORD';

/**
 * auth.no-password-in-user, over every User object the run was sent, by whichever suite: the
 * password field absent or empty, and the configured password (redacted, so seen as its
 * placeholder) nowhere in the body.
 */
export const runWideNoPasswordInUser: RunWideJudge = (ledger, findings, contract) => {
  const field = contract.login.fields.password;
  const users = ledger.flatMap((entry) => {
    const body = entry.exchange?.response?.body;
    if (!entry.jsonObject || body === undefined) return [];
    const reading = readUser(body, contract);
    return reading.user ? [{ entry, user: reading.user, body }] : [];
  });
  const offences: Offence[] = [];
  for (const { entry, user, body } of users) {
    const value = user[field];
    if (value !== undefined && value !== null && value !== '')
      offences.push({
        entry,
        kind: `field ${value === REDACTED_PASSWORD}`,
        expected: `every User object of the run with no ${field} field, or an empty one`,
        actual: `a ${field} field holding ${value === REDACTED_PASSWORD ? 'the password' : describeValue(value)}`,
      });
    else if (body.includes(REDACTED_PASSWORD))
      offences.push({
        entry,
        kind: 'body',
        expected: 'the password nowhere in a User object of the run',
        actual: 'the password appears in the body',
      });
  }
  reportOffences(findings, offences, users.length, ledger, 'User objects');
};

/** A field's value described without showing it. */
function describeValue(value: unknown): string {
  return typeof value === 'string' ? `a value of ${value.length} characters` : `a ${typeof value} value`;
}
