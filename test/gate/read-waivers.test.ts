import { InputFileError, parseWaivers, readWaivers } from '../../src/gate';
import { writeTemp } from '../support/temp-files';

// A waivers file is refused with one line, `file:line: what is wrong`, pointing at the offending
// entry; a good one reads into waivers in file order.

const IDS = ['auth.bearer-accepted', 'auth.cookie-accepted', 'rate.limit-enforced', 'rate.reset-form'];

function refusal(text: string): string {
  try {
    parseWaivers('waivers.yaml', text, IDS);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as Error).message;
  }
  throw new Error('Expected: the file refused. Actual: it was read.');
}

test('a good file reads into waivers, each with its line', () => {
  const text = [
    '# known deviations of our server',
    '- clause: rate.',
    '  reason: Mattermost 1.x never enforces its own rate limit',
    '  expires: 2026-12-31',
    '- clause: auth.cookie-accepted',
    "  reason: 'cookie auth is off behind our proxy'",
    '  expires: "2026-09-30"',
    '',
  ].join('\n');
  expect(parseWaivers('waivers.yaml', text, IDS)).toEqual({
    file: 'waivers.yaml',
    waivers: [
      { clause: 'rate.', reason: 'Mattermost 1.x never enforces its own rate limit', expires: '2026-12-31' },
      {
        clause: 'auth.cookie-accepted',
        reason: 'cookie auth is off behind our proxy',
        expires: '2026-09-30',
      },
    ],
    lines: [2, 5],
  });
});

test.each([
  [
    'a missing reason',
    '- clause: rate.\n  reason: ok\n  expires: 2026-12-31\n- clause: auth.\n  expires: 2026-12-31\n',
    'waivers.yaml:4: the entry has no "reason"',
  ],
  [
    'a date that is not a date',
    '- clause: rate.\n  reason: ok\n  expires: next week\n',
    'waivers.yaml:3: "expires" must be a date (YYYY-MM-DD), not "next week"',
  ],
  [
    'a day that does not exist',
    '- clause: rate.\n  reason: ok\n  expires: 2026-02-30\n',
    'waivers.yaml:3: "expires" must be a date (YYYY-MM-DD), not "2026-02-30"',
  ],
  [
    'a misspelt key',
    '- clause: rate.\n  reason: ok\n  expires: 2026-12-31\n  expiry: 2027-01-01\n',
    'waivers.yaml:4: unknown key "expiry"',
  ],
  [
    'a clause that is not an id',
    '- clause: Rate Limit\n  reason: ok\n  expires: 2026-12-31\n',
    'waivers.yaml:1: "clause" must be a clause id such as rate.limit-enforced, or an id prefix such as rate., not "Rate Limit"',
  ],
  [
    'an empty reason',
    '- clause: rate.\n  reason: "  "\n  expires: 2026-12-31\n',
    'waivers.yaml:2: "reason" must be a sentence saying why the deviation is accepted, not "  "',
  ],
  [
    'a clause that names nothing in the catalogue',
    '- clause: rate.\n  reason: ok\n  expires: 2026-12-31\n- clause: errors.\n  reason: ok\n  expires: 2026-12-31\n',
    'waivers.yaml:4: clause errors. names no clause of the catalogue (mm-conformance --list shows them)',
  ],
  [
    'a clause waived twice',
    '- clause: rate.\n  reason: a\n  expires: 2026-12-31\n- clause: rate.\n  reason: b\n  expires: 2026-12-31\n',
    'waivers.yaml:4: rate. is waived twice (also on line 1)',
  ],
  [
    'a map instead of a list',
    'clause: rate.\nreason: ok\n',
    'waivers.yaml:1: expected a list of waivers, each {clause, reason, expires}',
  ],
  [
    'an empty file',
    '# nothing yet\n',
    'waivers.yaml:1: the file is empty (expected a list of {clause, reason, expires})',
  ],
  [
    'broken YAML',
    '- clause: rate.\n  reason: [unclosed\n  expires: 2026-12-31\n',
    /^waivers\.yaml:\d: not valid YAML: /,
  ],
])('%s is refused with file:line', (_, text, line) => {
  const message = refusal(text);
  if (typeof line === 'string') expect(message).toBe(line);
  else expect(message).toMatch(line);
  expect(message).not.toContain('\n');
});

test('a file that cannot be read is refused by the name the user gave', () => {
  expect(() => readWaivers('/nonexistent/waivers.yaml', IDS, 'waivers.yaml')).toThrow(
    /^cannot read the waivers file waivers\.yaml: ENOENT/,
  );
});

test('readWaivers reads a file from disk', () => {
  const file = writeTemp(
    'waivers.yaml',
    '- clause: rate.limit-enforced\n  reason: r\n  expires: 2030-01-01\n',
  );
  expect(readWaivers(file, IDS).waivers).toEqual([
    { clause: 'rate.limit-enforced', reason: 'r', expires: '2030-01-01' },
  ]);
});
