// The wall time of a full conformance run of the built-in reference server through the shipped
// CLI (compiled: run `npm run build` first), and the requests it sends: median of several runs,
// for the default run and for --safe.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, round } from './stats';

const ROUNDS = 5;
const CLI = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');

function run(extra: string[]): { seconds: number; requests: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-bench-'));
  const started = performance.now();
  execFileSync(process.execPath, [CLI, '--report-dir', dir, ...extra], { stdio: 'ignore' });
  const seconds = (performance.now() - started) / 1000;
  const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { requests: number };
  return { seconds, requests: report.requests };
}

function measure(label: string, extra: string[]): string {
  const runs = Array.from({ length: ROUNDS }, () => run(extra));
  const seconds = median(runs.map((r) => r.seconds));
  const requests = median(runs.map((r) => r.requests));
  return `  ${label.padEnd(28)} ${round(seconds, 2)} s, ${requests} requests`;
}

function helpTime(): string {
  const times = Array.from({ length: 10 }, () => {
    const started = performance.now();
    execFileSync(process.execPath, [CLI, '--help'], { stdio: 'ignore' });
    return performance.now() - started;
  });
  return `  ${'--help'.padEnd(28)} ${Math.round(median(times))} ms`;
}

process.stdout.write(
  [
    `full runs against the built-in reference server (10 requests/s), median of ${ROUNDS}`,
    measure('default (every clause)', []),
    measure('--safe (passive checks)', ['--safe']),
    helpTime(),
    '',
  ].join('\n'),
);
