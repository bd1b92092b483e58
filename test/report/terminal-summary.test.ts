import { completeOutcomes, formatVerdictBlock, useColour } from '../../src/report';
import { broken, CATALOGUE, outcome, reportOf } from './fixtures';

const report = (gate: 'must' | 'should' = 'must', only: string[] = []) =>
  reportOf(
    completeOutcomes(
      CATALOGUE,
      [
        outcome('auth.bearer-accepted', 'MUST', 'pass'),
        broken('auth.cookie-accepted', 'SHOULD'),
        outcome('auth.wrong-password-refused', 'MUST', 'skip', {
          note: '--safe: this check sends a wrong password',
        }),
        broken('rate.limit-enforced', 'MUST'),
        outcome('rate.reset-form', 'MUST', 'info', { note: 'X-Ratelimit-Reset counts seconds left.' }),
        outcome('rate.budget-scope', 'MAY', 'error', { note: 'no answer within 10 s' }),
      ],
      [],
      only,
    ),
    {
      gate,
      options: { safe: false, only, strict: {}, timeoutSeconds: 10, insecure: false, spec: 'spec/x.yaml' },
    },
  );

test('the verdict block: counts, each failure and warning with Expected / Actual and curl, the rest in a line, the verdict', () => {
  expect(formatVerdictBlock(report(), { reportPath: 'reports/report.json' })).toBe(
    `mm-conformance 0.1.0 checked http://target.test
6 clauses · 42 requests · 12.3 s

           pass  fail  warn  info  skip error
  MUST        1     1     0     1     1     0
  SHOULD      0     0     1     0     0     0
  MAY         0     0     0     0     0     1
  all         1     1     1     1     1     1

WARN   auth.cookie-accepted (SHOULD) — The target keeps auth.cookie-accepted.
       Expected: 401
       Actual:   200 with a User object
       Reproduce with: curl -i 'http://target.test/api/v1/users/me'

FAIL   rate.limit-enforced (MUST) — The target keeps rate.limit-enforced.
       Expected: 401
       Actual:   200 with a User object
       Reproduce with: curl -i 'http://target.test/api/v1/users/me'

INFO   rate.reset-form — X-Ratelimit-Reset counts seconds left.
SKIP   auth.wrong-password-refused — --safe: this check sends a wrong password
ERROR  rate.budget-scope — no answer within 10 s

Report: reports/report.json

1 clause could not be decided (error): no verdict on them
FAIL  1 clause fails the gate (gate: --fail-on must): rate.limit-enforced
`,
  );
});

test('under --fail-on should a warning fails the gate too', () => {
  const text = formatVerdictBlock(report('should'));
  expect(text).toContain(
    'FAIL  2 clauses fail the gate (gate: --fail-on should): auth.cookie-accepted, rate.limit-enforced',
  );
});

test('a passing run says what held, and clauses --only left out make one line', () => {
  const text = formatVerdictBlock(report('must', ['auth.bearer']));
  expect(text).toContain('SKIP   5 clauses not selected by --only\n');
  expect(text).toContain('1 of 6 clauses · 42 requests · 12.3 s · --only auth.bearer');
  expect(text.trimEnd().split('\n').at(-1)).toBe('PASS  no MUST clause fails (gate: --fail-on must)');
});

test('the built-in server is named as such', () => {
  const text = formatVerdictBlock(
    reportOf(completeOutcomes(CATALOGUE, [], [], []), {
      target: { url: 'http://127.0.0.1:4000', builtIn: true },
    }),
  );
  expect(text.split('\n')[0]).toBe(
    'mm-conformance 0.1.0 checked http://127.0.0.1:4000 (the built-in reference server)',
  );
});

test('colour only when asked, and then the verdict word is coloured', () => {
  expect(formatVerdictBlock(report())).not.toContain('\u001b[');
  expect(formatVerdictBlock(report(), { colour: true })).toContain('\u001b[31mFAIL\u001b[39m');
});

test.each([
  [true, {}, true],
  [true, { NO_COLOR: '1' }, false],
  [true, { NO_COLOR: '' }, true],
  [false, {}, false],
  [undefined, {}, false],
])('colour on a TTY %s with env %j: %s', (isTTY, env, expected) => {
  expect(useColour({ isTTY }, env)).toBe(expected);
});

test('when a gated clause could not be decided, there is no verdict to give', () => {
  const text = formatVerdictBlock(reportOf(completeOutcomes(CATALOGUE, [], [], ['rate.'])));
  expect(text).toContain('3 clauses could not be decided (error): no verdict on them\n');
  expect(text.trimEnd().split('\n').at(-1)).toBe(
    'NO VERDICT  2 gated clauses could not be decided (gate: --fail-on must): rate.limit-enforced, rate.reset-form',
  );
});
