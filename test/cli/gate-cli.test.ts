import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/report';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';
import { runCli, stderrLines } from './run-cli';

// The gate as a CI job meets it: exit codes against a reference server with one MUST broken
// (bearer-ignored breaks auth.bearer-accepted), with and without a waiver, and against a baseline;
// and the one-line refusals (exit 2) of bad gate inputs.
jest.setTimeout(180_000);

const ENV = { MM_PASSWORD: DEMO_ACCOUNT.password };
const folder = mkdtempSync(path.join(os.tmpdir(), 'mmc-gate-cli-'));
const file = (name: string, text: string) => {
  const where = path.join(folder, name);
  writeFileSync(where, text);
  return where;
};
const readReport = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;

describe('fast refusals', () => {
  test('an invalid waivers file is exit 2 with file:line', async () => {
    const waivers = file(
      'bad-waivers.yaml',
      '- clause: auth.bearer-accepted\n  reason: proxy\n  expires: 31/12/2026\n',
    );
    const result = await runCli(['--waivers', waivers], ENV);
    expect({ code: result.code, lines: stderrLines(result) }).toEqual({
      code: 2,
      lines: [`mm-conformance: error: ${waivers}:3: "expires" must be a date (YYYY-MM-DD), not "31/12/2026"`],
    });
  });

  test('a password in the config file is exit 2, and the password is not shown', async () => {
    const config = file('with-password.yaml', 'team: exampleteam\npassword: thisisabadpassword\n');
    const result = await runCli(['--config', config], {});
    expect({ code: result.code, lines: stderrLines(result) }).toEqual({
      code: 2,
      lines: [
        `mm-conformance: error: ${config}:2: "password" is refused: a config file is no place for a secret; set MM_PASSWORD in the environment`,
      ],
    });
    expect(result.stdout + result.stderr).not.toContain('thisisabadpassword');
  });

  test('a baseline of another target is refused before any request, unless --baseline-any', async () => {
    const baseline = file(
      'other-target.json',
      JSON.stringify({
        format: 'mm-conformance-report/1',
        target: { url: 'https://chat.example.com', builtIn: false },
        spec: { title: 'Mattermost API v1 (from the API overview)', version: '1' },
        startedAt: '2026-01-01T00:00:00.000Z',
        clauses: [],
      }),
    );
    const account = ['--team', 'exampleteam', '--email', DEMO_ACCOUNT.email];
    const refused = await runCli(['--target', 'http://127.0.0.1:1', ...account, '--baseline', baseline], ENV);
    expect({ code: refused.code, lines: stderrLines(refused) }).toEqual({
      code: 2,
      lines: [
        `mm-conformance: error: the baseline ${baseline} checked https://chat.example.com, this run checks http://127.0.0.1:1; give --baseline-any to compare anyway`,
      ],
    });
    // With --baseline-any the run goes on, and stops at the unreachable target instead.
    const anyway = await runCli(
      ['--target', 'http://127.0.0.1:1', ...account, '--baseline', baseline, '--baseline-any'],
      ENV,
    );
    expect(anyway.code).toBe(2);
    expect(anyway.stderr).not.toContain('the baseline');
  });
});

describe('against a server that breaks auth.bearer-accepted (MUST)', () => {
  let server: RunningServer;
  let args: string[];
  const reportDir = (name: string) => path.join(folder, name);

  beforeAll(async () => {
    server = await startServer({ port: 0, faults: ['bearer-ignored'] });
    args = [
      '--target',
      server.url,
      '--team',
      DEMO_ACCOUNT.team,
      '--email',
      DEMO_ACCOUNT.email,
      '--only',
      'auth.',
    ];
  });
  afterAll(() => server.close());

  test('the gate fails: exit 1, the clause in gateFailures', async () => {
    const result = await runCli([...args, '--report-dir', reportDir('plain')], ENV);
    expect(result.code).toBe(1);
    expect(readReport(reportDir('plain')).gateFailures).toEqual(['auth.bearer-accepted']);
  });

  test('waived, it passes: exit 0, shown as WAIVED with its reason, in the report and the Markdown', async () => {
    const waivers = file(
      'waivers.yaml',
      '- clause: auth.bearer\n  reason: our proxy strips it\n  expires: 2099-12-31\n',
    );
    const markdown = path.join(folder, 'summary.md');
    const result = await runCli(
      [...args, '--report-dir', reportDir('waived'), '--waivers', waivers, '--markdown', markdown],
      ENV,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^WAIVED auth\.bearer-accepted/m);
    expect(result.stdout).toContain('PASS  no clause fails the gate (gate: --fail-on must; 1 waived)');
    const clause = readReport(reportDir('waived')).clauses.find((c) => c.id === 'auth.bearer-accepted');
    expect(clause).toMatchObject({
      status: 'fail',
      waiver: { clause: 'auth.bearer', reason: 'our proxy strips it', expires: '2099-12-31', expired: false },
    });
    const summary = readFileSync(markdown, 'utf8');
    expect(summary).toMatch(/^## mm-conformance: PASS$/m);
    expect(summary).toContain(
      '| `auth.bearer-accepted` | MUST | fail | waived until 2099-12-31 (auth.bearer): our proxy strips it |',
    );
  });

  test('with an expired waiver it fails again, and says so', async () => {
    const waivers = file(
      'expired.yaml',
      '- clause: auth.bearer-accepted\n  reason: until 2.0\n  expires: 2020-01-31\n',
    );
    const result = await runCli([...args, '--report-dir', reportDir('expired'), '--waivers', waivers], ENV);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'Waiver expired on 2020-01-31 (waiver auth.bearer-accepted): until 2.0 — the clause gates again',
    );
  });

  test('against a baseline with the same failure it passes; the clause is still failing', async () => {
    const result = await runCli(
      [
        ...args,
        '--report-dir',
        reportDir('against-baseline'),
        '--baseline',
        path.join(reportDir('plain'), 'report.json'),
      ],
      ENV,
    );
    expect(result.code).toBe(0);
    const report = readReport(reportDir('against-baseline'));
    expect(report.clauses.find((c) => c.id === 'auth.bearer-accepted')?.baseline).toBe('still-failing');
    expect(report.baseline?.counts).toMatchObject({ 'new-failure': 0, 'still-failing': 1 });
  });
});
