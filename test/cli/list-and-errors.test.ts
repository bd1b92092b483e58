import { CommanderError } from 'commander';
import { errorLine } from '../../src/cli/error-line';
import { formatClauseList } from '../../src/cli/list-clauses';
import { formatFaultList, formatServeBanner } from '../../src/cli/serve-banner';
import { CannotRun } from '../../src/cli/usage-error';
import { suitesOfRun } from '../../src/runner/suite-areas';
import { DEFAULT_SERVER_OPTIONS } from '../../src/server/server-options';
import { catalogueOf } from '../report/fixtures';

const catalogue = catalogueOf(
  ['api.base-path', 'MUST'],
  ['auth.wrong-password-refused', 'MUST', { active: true }],
  ['rate.budget-scope', 'MAY', { active: true, observation: true }],
);

test('--list: id, level and requirement a line, marks for active and observation, counts per level', () => {
  expect(formatClauseList(catalogue)).toBe(
    [
      'api.base-path                MUST    The target keeps api.base-path.',
      'auth.wrong-password-refused  MUST    The target keeps auth.wrong-password-refused. [active: --safe skips it]',
      'rate.budget-scope            MAY     The target keeps rate.budget-scope. [active: --safe skips it, observation]',
      '',
      '3 clauses (2 MUST, 0 SHOULD, 1 MAY)',
      '',
    ].join('\n'),
  );
  expect(formatClauseList(catalogue, ['auth.'])).toMatch(/^auth\.wrong-password-refused +MUST/);
});

test.each([
  [new CannotRun('--timeout x: expected a number'), 'mm-conformance: error: --timeout x: expected a number'],
  [
    new CommanderError(
      2,
      'commander.unknownOption',
      "error: unknown option '--tagret'\n(Did you mean --target?)",
    ),
    "mm-conformance: error: unknown option '--tagret' (Did you mean --target?)",
  ],
  [
    new TypeError('x is not a function\n    at y'),
    'mm-conformance: error: unexpected failure: x is not a function at y',
  ],
  ['a string', 'mm-conformance: error: unexpected failure: a string'],
])('errorLine(%p) is one line', (error, line) => {
  expect(errorLine(error)).toBe(line);
});

test.each([
  [[], ['api', 'auth', 'errors', 'op', 'rate', 'run-wide']],
  [['auth.'], ['auth', 'run-wide']],
  [
    ['auth.bearer-accepted', 'rate'],
    ['auth', 'rate'],
  ],
  [['a'], ['api', 'auth', 'run-wide']],
  [['err'], ['errors', 'run-wide']],
  // judged by the run-wide suite alone: no suite of its area has a test for it
  [['auth.session-kept'], ['run-wide']],
  [
    ['auth.session-kept', 'auth.bearer-accepted'],
    ['auth', 'run-wide'],
  ],
  // the catalogue's order, whatever the order of --only: the rate suite last of the areas
  [
    ['rate.', 'api.'],
    ['api', 'rate'],
  ],
])('--only %j runs the suites %j, in that order', (only, suites) => {
  expect(suitesOfRun(only)).toEqual(suites);
});

const faults = [
  {
    name: 'remaining-stuck',
    description: 'Remaining never goes down.',
    breaks: ['rate.remaining-decrements'],
  },
  {
    name: 'no-request-id',
    description: 'No X-Request-Id header.',
    breaks: ['api.request-id', 'errors.request-id-matches'],
  },
];

test('serve --list-faults: name, the clauses broken, what it does', () => {
  expect(formatFaultList(faults)).toBe(
    [
      'remaining-stuck  breaks rate.remaining-decrements',
      '                 Remaining never goes down.',
      'no-request-id    breaks api.request-id, errors.request-id-matches',
      '                 No X-Request-Id header.',
      '',
      '2 faults; turn one on with: mm-conformance serve --fault NAME',
      '',
    ].join('\n'),
  );
});

test('serve prints where it listens, the account, the options in force and the faults on', () => {
  const banner = formatServeBanner(
    'http://127.0.0.1:8065',
    { ...DEFAULT_SERVER_OPTIONS, faults: ['no-request-id'] },
    faults,
  );
  expect(banner).toContain('listening on http://127.0.0.1:8065');
  expect(banner).toContain('team exampleteam, email someone@nowhere.com');
  expect(banner).toContain('10 requests/s per client, fixed-window');
  expect(banner).toContain('faults:        no-request-id — breaks api.request-id, errors.request-id-matches');
  expect(formatServeBanner('http://h:1', DEFAULT_SERVER_OPTIONS, faults)).toContain('faults:        none');
  expect(banner).not.toContain('logout:');
  expect(
    formatServeBanner('http://h:1', { ...DEFAULT_SERVER_OPTIONS, logoutEnds: 'every-session' }, faults),
  ).toContain('logout:        ends every session of its user, not only its own');
});
