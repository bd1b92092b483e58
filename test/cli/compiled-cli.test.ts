import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DEMO_ACCOUNT } from '../../src/server';
import { fullCatalogue } from '../support/full-catalogue';
import { COMPILED_MAIN, listedClauseIds, PROJECT_ROOT, runCompiledCli } from './run-cli';

// The command users run is the compiled one (`npx mm-conformance` is dist/src/cli/main.js, which
// runs the compiled suites): built once here, then run end to end, as a user would.
jest.setTimeout(240_000);

const clauseIds = fullCatalogue().clauses.map((c) => c.id);

beforeAll(async () => {
  const tsc = path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT });
}, 240_000);

test('--help prints the usage and exits 0', async () => {
  const result = await runCompiledCli(['--help']);
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  expect(result.stdout).toMatch(/^Usage: mm-conformance /);
  expect(result.stdout).toContain('--target <url>');
});

test('--list lists every clause of the catalogue, in order', async () => {
  const result = await runCompiledCli(['--list']);
  expect(result.code).toBe(0);
  expect(listedClauseIds(result.stdout)).toEqual(clauseIds);
});

test('a full run against the built-in reference server passes every clause and exits 0', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-compiled-'));
  const result = await runCompiledCli(['--report-dir', dir]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('PASS  no MUST clause fails (gate: --fail-on must)\n');
  const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
    clauses: { id: string; status: string }[];
  };
  expect(report.clauses.map((c) => c.id)).toEqual(clauseIds);
  expect(report.clauses.filter((c) => c.status !== 'pass' && c.status !== 'info')).toEqual([]);
});

test('a run against `serve --fault password-echoed` exits 1 and names the clause it breaks', async () => {
  const server = spawn(
    process.execPath,
    [COMPILED_MAIN, 'serve', '--port', '0', '--fault', 'password-echoed'],
    {
      cwd: PROJECT_ROOT,
    },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      server.on('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-compiled-'));
    const result = await runCompiledCli(
      [
        '--target',
        url,
        '--team',
        DEMO_ACCOUNT.team,
        '--email',
        DEMO_ACCOUNT.email,
        '--only',
        'auth.',
        '--report-dir',
        dir,
      ],
      { MM_PASSWORD: DEMO_ACCOUNT.password },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL +auth\.no-password-in-user \(MUST\) — /m);
    expect(result.stdout).toContain(
      'FAIL  1 clause fails the gate (gate: --fail-on must): auth.no-password-in-user\n',
    );
    expect(result.stdout + result.stderr).not.toContain(DEMO_ACCOUNT.password);
  } finally {
    const exited = new Promise((resolve) => server.on('exit', resolve));
    server.kill('SIGINT');
    await exited;
  }
});
