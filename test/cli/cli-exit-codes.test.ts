import path from 'node:path';
import { fullCatalogue } from '../support/full-catalogue';
import { listedClauseIds, PROJECT_ROOT, runCli, stderrLines } from './run-cli';

// The command's contract as users' scripts see it: exit codes, and one line on stderr when the
// run cannot be done, never a stack trace.
jest.setTimeout(30_000);

const ACCOUNT = { MM_TEAM: 'myteam', MM_EMAIL: 'me@example.com', MM_PASSWORD: 'not-shown-anywhere' };

async function expectCannotRun(args: string[], env: Record<string, string>, line: string | RegExp) {
  const result = await runCli(args, env);
  const lines = stderrLines(result);
  expect({ code: result.code, lines }).toEqual({
    code: 2,
    lines: [expect.stringMatching(/^mm-conformance: error: /)],
  });
  expect(lines[0]).toEqual(
    typeof line === 'string' ? `mm-conformance: error: ${line}` : expect.stringMatching(line),
  );
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout + result.stderr).not.toContain(ACCOUNT.MM_PASSWORD);
  return result;
}

test.concurrent('--help prints the usage, the variables and examples, and exits 0 at once', async () => {
  const result = await runCli(['--help']);
  expect(result.code).toBe(0);
  expect(result.stderr).toBe('');
  for (const text of [
    'Usage: mm-conformance',
    '--target <url>',
    'MM_PASSWORD',
    'Exit codes:',
    'Examples:',
    'serve',
  ]) {
    expect(result.stdout).toContain(text);
  }
});

test.concurrent('serve --help lists the server options', async () => {
  const result = await runCli(['serve', '--help']);
  expect(result.code).toBe(0);
  for (const text of ['--port <n>', '--limiter <kind>', '--fault <name...>', '--list-faults']) {
    expect(result.stdout).toContain(text);
  }
});

test.concurrent('--version prints the package version', async () => {
  const result = await runCli(['--version']);
  expect(result).toMatchObject({ code: 0, stdout: '0.1.0\n' });
});

test.concurrent('--list prints every clause of the catalogue without touching the network', async () => {
  const result = await runCli(['--list', '--target', 'http://127.0.0.1:1']);
  expect(result.code).toBe(0);
  const count = fullCatalogue().clauses.length;
  expect(listedClauseIds(result.stdout)).toHaveLength(count);
  expect(result.stdout).toContain(`${count} clauses (`);
});

test.concurrent('--list --only lists the subset', async () => {
  const result = await runCli(['--list', '--only', 'auth.', '--only', 'api.base-path']);
  const rows = result.stdout.split('\n').filter((l) => /^[a-z]+\./.test(l));
  expect(rows.every((l) => l.startsWith('auth.') || l.startsWith('api.base-path'))).toBe(true);
  expect(rows.length).toBeGreaterThan(1);
});

test.concurrent('an unknown flag', () => expectCannotRun(['--bogus'], {}, "unknown option '--bogus'"));
test.concurrent('a mistyped flag suggests the right one', () =>
  expectCannotRun(['--tagret', 'http://x.test'], {}, "unknown option '--tagret' (Did you mean --target?)"));
test.concurrent('an unknown command', () =>
  expectCannotRun(['check'], {}, 'unknown command "check" (the only command is serve; see --help)'));
test.concurrent('a malformed URL', () =>
  expectCannotRun(['--target', 'chat.example.com'], ACCOUNT, /--target is not a URL: "chat\.example\.com"/));
test.concurrent('a scheme other than http(s)', () =>
  expectCannotRun(
    ['--target', 'ftp://chat.example.com'],
    ACCOUNT,
    '--target must be an http or https URL, not ftp:',
  ));
test.concurrent('a bad --strict', () =>
  expectCannotRun(['--strict', 'reset=minutes'], {}, '--strict reset=minutes: expected reset=seconds|epoch'));
test.concurrent('a bad --fail-on', () =>
  expectCannotRun(['--fail-on', 'may'], {}, '--fail-on may: expected must or should'));
test.concurrent('--only that selects nothing', () =>
  expectCannotRun(
    ['--only', 'nope.'],
    {},
    '--only nope. selects no clause (mm-conformance --list shows them)',
  ));

test.concurrent('a target without MM_PASSWORD', () =>
  expectCannotRun(
    ['--target', 'http://127.0.0.1:1', '--team', 'T', '--email', 'e@x.test'],
    {},
    'checking --target needs an account to log in with: missing MM_PASSWORD (or --password)',
  ));

test.concurrent('a target that refuses connections', async () => {
  const result = await expectCannotRun(
    ['--target', 'http://127.0.0.1:1'],
    ACCOUNT,
    'cannot reach http://127.0.0.1:1: connection refused',
  );
  // It gives up at the reachability check: no suite ran, so no verdict was printed.
  expect(result.stdout).toBe('');
});

test.concurrent('a target whose host does not resolve', () =>
  expectCannotRun(
    ['--target', 'http://no-such-host.invalid'],
    ACCOUNT,
    /^mm-conformance: error: cannot reach http:\/\/no-such-host\.invalid: /,
  ));

test.concurrent('a spec that is missing', () =>
  expectCannotRun(
    ['--target', 'http://127.0.0.1:1', '--spec', 'no-such.yaml'],
    ACCOUNT,
    /cannot read the OpenAPI document .*no-such\.yaml: ENOENT/,
  ));

test.concurrent('a spec that is not OpenAPI 3.1', () =>
  expectCannotRun(
    ['--target', 'http://127.0.0.1:1', '--spec', path.join(PROJECT_ROOT, 'spec/clauses.yaml')],
    ACCOUNT,
    /is not valid OpenAPI 3\.1/,
  ));

test.concurrent('serve --fault with an unknown name', () =>
  expectCannotRun(
    ['serve', '--fault', 'nope'],
    {},
    '--fault nope: no such fault (mm-conformance serve --list-faults lists them)',
  ));

test.concurrent('serve refuses the check options', () =>
  expectCannotRun(['serve', '--target', 'http://x.test'], {}, "unknown option '--target'"));

test.concurrent.each([['--help'], ['--list'], ['serve', '--help']])(
  '%s loads neither jest, nor the HTTP client, nor the reference server',
  async (...args) => {
    const script = `
      const { main } = require('./src/cli/main.ts');
      process.stdout.write = () => true;
      main(['node', 'mm-conformance', ...${JSON.stringify(args)}]).then(() => {
        const heavy = Object.keys(require.cache).filter((file) =>
          /node_modules\\/(jest|@jest\\/core|undici)\\/|src\\/http\\/(?!redactor)|src\\/server\\/(?!server-options)/.test(file));
        process.stderr.write(JSON.stringify(heavy));
      });`;
    const { execFile } = await import('node:child_process');
    const stderr = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['-r', 'esbuild-register', '-e', script],
        { cwd: PROJECT_ROOT },
        (error, _out, err) => (error ? reject(error) : resolve(err)),
      ),
    );
    expect(JSON.parse(stderr)).toEqual([]);
  },
);
