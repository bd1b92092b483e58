import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Test, TestResult } from '@jest/reporters';
import { progressLine } from '../../reporters/progress-line';
import ProgressReporter from '../../reporters/progress-reporter';
import { RUN_CONFIG_ENV } from '../../src/runner/run-config';
import { SUITE_NOT_LOADED } from '../../src/runner/suite-areas';
import { outcome } from './fixtures';

// The reporter is fed hand-built jest results; only the fields it reads are filled in. A run has
// one test file; each suite is a describe block in it, named for its area.
const file = { path: '/project/suites/conformance.test.ts' } as Test;
const fileResult = (crash?: string) =>
  ({ testResults: [], testExecError: crash ? { message: crash } : undefined }) as unknown as TestResult;

function runCase(reporter: ProgressReporter, area: string, title: string, failure?: string) {
  reporter.onTestCaseStart(file, { title, ancestorTitles: [area] });
  reporter.onTestCaseResult(file, {
    title,
    ancestorTitles: [area],
    failureMessages: failure ? [failure] : [],
  });
}

function recorder(isTTY: boolean) {
  const chunks: string[] = [];
  return { out: { isTTY, columns: 60, write: (text: string) => chunks.push(text) }, chunks };
}

let savedEnv: string | undefined;
beforeEach(() => {
  savedEnv = process.env[RUN_CONFIG_ENV];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-progress-'));
  const outcomesPath = path.join(dir, 'outcomes.jsonl');
  const lines = [
    outcome('auth.a', 'MUST', 'pass'),
    outcome('auth.b', 'MUST', 'fail'),
    outcome('auth.c', 'SHOULD', 'pass'),
    outcome('api.x', 'MUST', 'pass'),
    { kind: 'suite-stats', requests: 4 },
  ];
  writeFileSync(outcomesPath, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ outcomesPath }));
  process.env[RUN_CONFIG_ENV] = path.join(dir, 'config.json');
});
afterEach(() => {
  if (savedEnv === undefined) delete process.env[RUN_CONFIG_ENV];
  else process.env[RUN_CONFIG_ENV] = savedEnv;
});

function runAuth(reporter: ProgressReporter) {
  for (const id of ['auth.a', 'auth.b', 'auth.c']) runCase(reporter, 'auth', `${id} — requirement`);
  reporter.onTestResult(file, fileResult());
}

test('off a terminal: one plain line per area, with the statuses its clauses recorded', () => {
  const { out, chunks } = recorder(false);
  const reporter = new ProgressReporter(
    {},
    { totals: { api: 1, auth: 3, rate: 2 }, out, jestOpensLine: false },
  );
  runAuth(reporter);
  reporter.onRunComplete();
  expect(chunks.join('')).toBe(
    'auth     3/3  2 pass, 1 fail\napi      0/1  no suite ran\nrate     0/2  no suite ran\n',
  );
  expect(reporter.getLastError()).toBeUndefined();
});

test('on a terminal: the line is redrawn in place as clauses run, then kept', () => {
  const { out, chunks } = recorder(true);
  const reporter = new ProgressReporter({}, { totals: { auth: 3 }, out, jestOpensLine: true });
  reporter.onRunStart();
  runAuth(reporter);
  const text = chunks.join('');
  expect(text.startsWith('\r\u001b[2K\r\u001b[2Kauth     0/3  auth.a …')).toBe(true);
  expect(text).toContain('\r\u001b[2Kauth     2/3');
  expect(text.endsWith('\r\u001b[2Kauth     3/3  2 pass, 1 fail\n')).toBe(true);
  expect(text.split('\n')).toHaveLength(2);
});

test('an area ends when the next begins: its line comes then, off a terminal', () => {
  const { out, chunks } = recorder(false);
  const reporter = new ProgressReporter({}, { totals: { api: 1, auth: 3 }, out, jestOpensLine: false });
  runCase(reporter, 'api', 'api.x — requirement');
  expect(chunks.join('')).toBe('');
  runCase(reporter, 'auth', 'auth.a — requirement');
  expect(chunks.join('')).toBe('api      1/1  1 pass\n');
});

test('a suite whose module could not load says why, and the areas after it still run', () => {
  const { out, chunks } = recorder(false);
  const reporter = new ProgressReporter({}, { totals: { rate: 2, api: 1 }, out, jestOpensLine: false });
  runCase(reporter, 'rate', SUITE_NOT_LOADED, "\u001b[1mCannot find module './x'\u001b[22m\n  at y");
  runCase(reporter, 'api', 'api.x — requirement');
  reporter.onTestResult(file, fileResult());
  expect(chunks.join('')).toBe(
    "rate     0/2  the suite could not run: Cannot find module './x'\napi      1/1  1 pass\n",
  );
});

test('a test file that could not run takes every area left with it', () => {
  const { out, chunks } = recorder(false);
  const reporter = new ProgressReporter({}, { totals: { rate: 2 }, out, jestOpensLine: false });
  reporter.onTestResult(file, fileResult("\u001b[1mCannot find module './x'\u001b[22m\n  at y"));
  expect(chunks.join('')).toBe("rate     0/2  the suite could not run: Cannot find module './x'\n");
});

test('a problem reading the outcomes is kept for getLastError, never thrown mid-run', () => {
  process.env[RUN_CONFIG_ENV] = '/no/such/run-config.json';
  const { out } = recorder(false);
  const reporter = new ProgressReporter({}, { totals: { auth: 3 }, out, jestOpensLine: false });
  expect(() => runAuth(reporter)).not.toThrow();
  expect(reporter.getLastError()?.message).toMatch(/ENOENT/);
});

test('progressLine shows the running clause, else the counts, else the problem', () => {
  expect(progressLine({ area: 'errors', done: 4, total: 5, counts: { pass: 4 }, current: 'errors.x' })).toBe(
    'errors   4/5  errors.x …',
  );
  expect(progressLine({ area: 'rate', done: 12, total: 12, counts: { pass: 10, warn: 1, info: 1 } })).toBe(
    'rate   12/12  10 pass, 1 warn, 1 info',
  );
  expect(progressLine({ area: 'api', done: 0, total: 5, counts: {} })).toBe('api      0/5');
});

test('off a terminal, ends the line jest opened so that the first area starts on its own', () => {
  const { out, chunks } = recorder(false);
  const reporter = new ProgressReporter({}, { totals: { auth: 3 }, out, jestOpensLine: true });
  reporter.onRunStart();
  runAuth(reporter);
  expect(chunks.join('')).toBe('\nauth     3/3  2 pass, 1 fail\n');
});

test("the run-wide suite's line counts the clauses it judged again, as it recorded them last", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-progress-'));
  const outcomesPath = path.join(dir, 'outcomes.jsonl');
  const lines = [
    outcome('errors.status-code-matches', 'MUST', 'pass'),
    outcome('auth.no-password-in-user', 'MUST', 'pass'),
    { kind: 'suite-stats', requests: 4 },
    outcome('errors.status-code-matches', 'MUST', 'fail'),
    outcome('auth.no-password-in-user', 'MUST', 'pass'),
    outcome('auth.session-kept', 'MUST', 'pass'),
  ];
  writeFileSync(outcomesPath, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ outcomesPath }));
  process.env[RUN_CONFIG_ENV] = path.join(dir, 'config.json');
  const { out, chunks } = recorder(false);
  const reporter = new ProgressReporter({}, { totals: { 'run-wide': 3 }, out, jestOpensLine: false });
  for (const id of ['errors.status-code-matches', 'auth.no-password-in-user', 'auth.session-kept'])
    runCase(reporter, 'run-wide', `${id} — requirement (every exchange of the run)`);
  reporter.onTestResult(file, fileResult());
  expect(chunks.join('')).toBe('run-wide  3/3  2 pass, 1 fail\n');
});
