import { completeOutcomes, firstLine, NOT_SELECTED, type SuiteFileResult } from '../../src/report';
import { SUITE_NOT_LOADED } from '../../src/runner/suite-areas';
import { CATALOGUE, catalogueOf, outcome } from './fixtures';

/** jest's result of the run's one test file, which holds every suite. */
const suite = (tests: SuiteFileResult['testResults'], crash?: string): SuiteFileResult => ({
  testExecError: crash ? { message: crash } : undefined,
  testResults: tests,
});

test('gives exactly one outcome per catalogue clause, in catalogue order', () => {
  const recorded = [
    outcome('rate.reset-form', 'MUST', 'info'),
    outcome('auth.bearer-accepted', 'MUST', 'pass'),
  ];
  const all = completeOutcomes(CATALOGUE, recorded, [], []);
  expect(all.map((o) => o.id)).toEqual(CATALOGUE.clauses.map((c) => c.id));
  expect(all.find((o) => o.id === 'rate.reset-form')?.status).toBe('info');
});

test('keeps the first outcome a clause recorded when it recorded two', () => {
  const recorded = [
    outcome('auth.bearer-accepted', 'MUST', 'fail'),
    outcome('auth.bearer-accepted', 'MUST', 'pass'),
  ];
  expect(completeOutcomes(CATALOGUE, recorded, [], [])[0]?.status).toBe('fail');
});

test('a clause --only leaves out is a skip that says so', () => {
  const all = completeOutcomes(
    CATALOGUE,
    [outcome('auth.bearer-accepted', 'MUST', 'pass')],
    [],
    ['auth.bearer'],
  );
  expect(all[0]?.status).toBe('pass');
  expect(all.slice(1).map((o) => [o.status, o.note])).toEqual(Array(5).fill(['skip', NOT_SELECTED]));
  expect(all.slice(1).map((o) => o.skipReason)).toEqual(Array(5).fill('not-selected'));
  expect(all[0]?.skipReason).toBeUndefined();
});

test('a selected clause with no test is an error: the checker has no check for it', () => {
  const [first] = completeOutcomes(CATALOGUE, [], [], []);
  expect(first).toMatchObject({ status: 'error', note: 'the checker has no check for auth.bearer-accepted' });
});

test('a test that failed without recording an outcome is an error with the failure first line', () => {
  const failure = '\u001b[31mError: connect ECONNRESET\u001b[39m\n    at Socket.emit (node:events:1:1)';
  const suites = [
    suite([
      {
        ancestorTitles: ['auth'],
        title: 'auth.bearer-accepted — The target keeps it.',
        status: 'failed',
        failureMessages: [failure],
      },
      {
        ancestorTitles: ['auth'],
        title: 'auth.bearer-accepted-too — another clause',
        status: 'passed',
        failureMessages: [],
      },
    ]),
  ];
  const [first] = completeOutcomes(CATALOGUE, [], suites, []);
  expect(first?.status).toBe('error');
  expect(first?.note).toBe('its test failed without recording an outcome: connect ECONNRESET');
});

test('a suite whose module could not load makes each of its clauses an error with why', () => {
  const crash = "Cannot find module './checks/rate/limit' from 'suites/rate.suite.ts'";
  const suites = [
    suite([
      { ancestorTitles: ['rate'], title: SUITE_NOT_LOADED, status: 'failed', failureMessages: [crash] },
    ]),
  ];
  const all = completeOutcomes(CATALOGUE, [], suites, []);
  expect(all.find((o) => o.id === 'rate.limit-enforced')?.note).toBe(
    `the rate suite could not run: ${crash}`,
  );
  expect(all.find((o) => o.id === 'auth.bearer-accepted')?.note).toBe(
    'the checker has no check for auth.bearer-accepted',
  );
});

test("a clause only the run-wide suite judges is that suite's when it could not load", () => {
  const crash = "Cannot find module './checks/run-wide' from 'suites/run-wide.suite.ts'";
  const suites = [
    suite([
      { ancestorTitles: ['run-wide'], title: SUITE_NOT_LOADED, status: 'failed', failureMessages: [crash] },
    ]),
  ];
  const [kept] = completeOutcomes(catalogueOf(['auth.session-kept', 'MUST']), [], suites, []);
  expect(kept?.note).toBe(`the run-wide suite could not run: ${crash}`);
});

test('a test file that could not run makes every clause an error with why', () => {
  const suites = [suite([], 'Cannot find module "../src/runner/run-config-file"')];
  const all = completeOutcomes(CATALOGUE, [], suites, []);
  expect(all.find((o) => o.id === 'auth.bearer-accepted')?.note).toBe(
    'the auth suite could not run: Cannot find module "../src/runner/run-config-file"',
  );
});

test('takes the level from the catalogue, whatever the outcome says', () => {
  const [first] = completeOutcomes(CATALOGUE, [outcome('auth.bearer-accepted', 'MAY', 'pass')], [], []);
  expect(first?.level).toBe('MUST');
});

test.each([
  ['Error: boom\n  at x', 'boom'],
  ['\n● auth › title\n\n  TypeError: x is not a function', 'TypeError: x is not a function'],
  ['', ''],
  [undefined, ''],
])('firstLine(%j) is %j', (text, line) => {
  expect(firstLine(text)).toBe(line);
});
