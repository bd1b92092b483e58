import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveCheckOptions } from '../../src/cli/check-options';
import { CONFIG_FILE, configFlags } from '../../src/cli/config-file';
import { CannotRun } from '../../src/cli/usage-error';

// The config file: every check option by its flag's name, flags on top, paths relative to the
// file, and no secret in it.

const IDS = ['api.base-path', 'auth.bearer-accepted', 'auth.cookie-accepted', 'rate.limit-enforced'];
const ENV = { MM_PASSWORD: 'from-the-environment' };

/** A fresh working folder holding the given files. */
function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const WAIVERS = '- clause: rate.\n  reason: never enforced by 1.x\n  expires: 2099-12-31\n';

const FULL_CONFIG = [
  'target: https://chat.example.com/',
  'team: myteam',
  'email: ci@example.com',
  'report-dir: out',
  'safe: true',
  'fail-on: should',
  'timeout: 3.5',
  'only: [auth., rate.limit-enforced]',
  'strict: reset=epoch',
  'format: [junit, markdown]',
  'insecure: true',
  'waivers: waivers.yaml',
  'markdown: summary.md',
  '',
].join('\n');

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CannotRun);
    return (error as Error).message;
  }
  throw new Error('Expected: refused. Actual: accepted.');
}

test('mm-conformance.config.yaml in the working folder sets every option', () => {
  const dir = folderWith({ [CONFIG_FILE]: FULL_CONFIG, 'waivers.yaml': WAIVERS });
  const options = resolveCheckOptions({}, ENV, IDS, dir);
  expect(options).toMatchObject({
    target: 'https://chat.example.com',
    credentials: { team: 'myteam', email: 'ci@example.com', password: 'from-the-environment' },
    reportDir: path.join(dir, 'out'),
    safe: true,
    gate: 'should',
    timeoutSeconds: 3.5,
    only: ['auth.', 'rate.limit-enforced'],
    strict: { reset: 'epoch' },
    formats: ['junit', 'markdown'],
    insecure: true,
    markdown: path.join(dir, 'summary.md'),
  });
  expect(options.waivers?.waivers).toEqual([
    { clause: 'rate.', reason: 'never enforced by 1.x', expires: '2099-12-31' },
  ]);
});

test('flags override the config file, option by option', () => {
  const dir = folderWith({ [CONFIG_FILE]: FULL_CONFIG, 'waivers.yaml': WAIVERS });
  const options = resolveCheckOptions(
    {
      failOn: 'must',
      timeout: '20',
      only: ['api.'],
      target: 'http://127.0.0.1:8065',
      reportDir: 'elsewhere',
    },
    ENV,
    IDS,
    dir,
  );
  expect(options).toMatchObject({
    gate: 'must',
    timeoutSeconds: 20,
    only: ['api.'],
    target: 'http://127.0.0.1:8065',
    reportDir: path.join(dir, 'elsewhere'),
    credentials: { team: 'myteam' },
    safe: true,
  });
});

test('MM_TARGET, MM_TEAM and MM_EMAIL override the file, and a flag overrides them', () => {
  const dir = folderWith({ [CONFIG_FILE]: FULL_CONFIG, 'waivers.yaml': WAIVERS });
  const env = { ...ENV, MM_TARGET: 'https://staging.example.com', MM_EMAIL: 'env@example.com' };
  expect(resolveCheckOptions({}, env, IDS, dir)).toMatchObject({
    target: 'https://staging.example.com',
    credentials: { team: 'myteam', email: 'env@example.com' },
  });
  expect(resolveCheckOptions({ email: 'flag@example.com' }, env, IDS, dir).credentials?.email).toBe(
    'flag@example.com',
  );
});

test('--config names another file; its paths are relative to it', () => {
  const dir = folderWith({
    'ci/gate.yaml': 'fail-on: should\nwaivers: known.yaml\n',
    'ci/known.yaml': WAIVERS,
  });
  const options = resolveCheckOptions({ config: 'ci/gate.yaml' }, ENV, IDS, dir);
  expect(options.gate).toBe('should');
  expect(options.waivers?.file).toBe(path.join(dir, 'ci', 'known.yaml'));
});

test('without a config file nothing changes', () => {
  const options = resolveCheckOptions({}, ENV, IDS, folderWith({}));
  expect(options).toMatchObject({ gate: 'must', safe: false, timeoutSeconds: 10, target: undefined });
});

test('a password in the config file is refused, with where it is', () => {
  const dir = folderWith({ [CONFIG_FILE]: 'target: https://chat.example.com\nteam: t\npassword: hunter2\n' });
  const message = refusal(() => resolveCheckOptions({}, ENV, IDS, dir));
  expect(message).toBe(
    'mm-conformance.config.yaml:3: "password" is refused: a config file is no place for a secret; set MM_PASSWORD in the environment',
  );
  expect(message).not.toContain('hunter2');
});

test('a token under another name is refused too', () => {
  expect(() => configFlags('c.yaml', 'mm-token: abc\n', '/')).toThrow(/^c\.yaml:1: "mm-token" is refused/);
});

test.each([
  ['an unknown option', 'target: https://x.test\nfail_on: should\n', 'c.yaml:2: unknown key "fail_on"'],
  ['a wrong value', 'fail-on: may\n', 'c.yaml:1: "fail-on" must be must or should, not "may"'],
  ['a wrong type', 'safe: "yes"\n', 'c.yaml:1: "safe" must be boolean'],
  [
    'a list instead of a map',
    '- target\n',
    'c.yaml:1: expected a map of options, e.g. target: https://chat.example.com',
  ],
])('%s is refused with file:line', (_, text, line) => {
  expect(() => configFlags('c.yaml', text, '/')).toThrow(line);
});

test('a --config file that does not exist is refused', () => {
  const message = refusal(() => resolveCheckOptions({ config: 'missing.yaml' }, ENV, IDS, folderWith({})));
  expect(message).toMatch(/^cannot read the config file missing\.yaml: ENOENT/);
});

test('--baseline-any without --baseline is refused', () => {
  expect(refusal(() => resolveCheckOptions({ baselineAny: true }, ENV, IDS, folderWith({})))).toBe(
    '--baseline-any needs --baseline FILE (the report.json of a previous run)',
  );
});

test('an invalid waivers file named in the config is refused with file:line', () => {
  const dir = folderWith({
    [CONFIG_FILE]: 'waivers: waivers.yaml\n',
    'waivers.yaml': '- clause: rate.\n  reason: x\n  expires: soon\n',
  });
  expect(refusal(() => resolveCheckOptions({}, ENV, IDS, dir))).toBe(
    `${path.join(dir, 'waivers.yaml')}:3: "expires" must be a date (YYYY-MM-DD), not "soon"`,
  );
});
