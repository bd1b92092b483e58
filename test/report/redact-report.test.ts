import { completeOutcomes, findSecret, LeakError, redactReport } from '../../src/report';
import { CATALOGUE, exchange, outcome, reportOf } from './fixtures';

const PASSWORD = 'hunter2-Sécret"pw';
const TOKEN = 'hyr5dmb1mbb49c44qmx4whniso';
const TEAM_ID = 'h9bfyn4ex3rtxgqpzzwh5qn6ny';
const secrets = (password: string) => ({ password, tokenHeader: 'Token', sessionCookie: 'MMSID' });

function leakyReport() {
  const leaky = exchange({
    request: {
      method: 'POST',
      url: 'http://target.test/api/v1/users/login',
      headers: { authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ password: PASSWORD }),
    },
    response: {
      status: 200,
      headers: {
        token: TOKEN,
        'set-cookie': [`MMSID=${TOKEN}; Path=/; HttpOnly`, 'short=1; Path=/', `MMTEAMID=${TEAM_ID}; Path=/`],
      },
      body: `{"detailed_error":"bad token ${TOKEN}","echo":"${encodeURIComponent(PASSWORD)}"}`,
      bodyTruncated: false,
    },
    curl: `curl -i -H 'authorization: Bearer ${TOKEN}' --data-raw '${PASSWORD}'`,
  });
  const outcomes = completeOutcomes(
    CATALOGUE,
    [
      outcome('auth.bearer-accepted', 'MUST', 'fail', {
        note: `the password ${PASSWORD} was refused`,
        violations: [{ expected: 'no token', actual: `token ${TOKEN}`, exchange: 0 }],
        evidence: [leaky],
      }),
    ],
    [],
    [],
  );
  return reportOf(outcomes);
}

test('replaces the password and every token the target issued, in every form, everywhere', () => {
  const clean = JSON.stringify(redactReport(leakyReport(), secrets(PASSWORD)));
  expect(findSecret(clean, [PASSWORD, TOKEN])).toBeUndefined();
  expect(clean).not.toContain('hunter2');
  expect(clean).not.toContain(TOKEN);
  expect(clean).toContain('$MM_PASSWORD');
  expect(clean).toContain('$MM_TOKEN');
});

test('leaves the values of other cookies alone: they are not credentials, and blanking them would garble the report', () => {
  const clean = JSON.stringify(redactReport(leakyReport(), secrets(PASSWORD)));
  expect(clean).toContain('short=1; Path=/');
  expect(clean).toContain(`MMTEAMID=${TEAM_ID}`);
});

test('leaves a report without secrets as it was', () => {
  const report = reportOf(completeOutcomes(CATALOGUE, [], [], []));
  expect(redactReport(report, secrets(PASSWORD))).toEqual(report);
});

test('refuses to hand back a report that would still show the password', () => {
  // A password that its own placeholder spells out survives redaction: refuse rather than leak it.
  const report = reportOf(
    completeOutcomes(
      CATALOGUE,
      [outcome('auth.bearer-accepted', 'MUST', 'pass', { note: 'MM_PASSWORD' })],
      [],
      [],
    ),
  );
  expect(() => redactReport(report, secrets('MM_PASSWORD'))).toThrow(LeakError);
});

test('findSecret finds a secret in its plain, JSON-escaped and URL-encoded forms', () => {
  expect(findSecret('x "a\\"b" y', ['a"b'])).toBe('a"b');
  expect(findSecret('x a%20b y', ['a b'])).toBe('a b');
  expect(findSecret('nothing here', ['a b', undefined, ''])).toBeUndefined();
});
