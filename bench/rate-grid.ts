// The rate suite across a simulated network: the compiled CLI against `serve` in a child process,
// for each server variant × round trip × limit (and each rate fault × round trip), one run each.
// Prints one row per run: exit code, every rate clause's status, wall time, requests.
// Usage: node -r esbuild-register bench/rate-grid.ts [clean|faults] (run `npm run build` first).
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT } from '../src/server/server-options';

const CLI = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');

interface Row {
  name: string;
  serve: string[];
}

interface Outcome {
  exit: number;
  seconds: number;
  requests: number;
  rate: string[];
}

/** Starts `serve` on a free port; resolves with its origin and a stop function. */
function serve(args: string[]): Promise<{ origin: string; stop: () => void }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const origin = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (origin) resolve({ origin, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

async function check(row: Row): Promise<Outcome> {
  const server = await serve(row.serve);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-grid-'));
  const started = performance.now();
  const exit = await new Promise<number>((resolve) => {
    execFile(
      process.execPath,
      [
        CLI,
        '--target',
        server.origin,
        '--team',
        DEMO_ACCOUNT.team,
        '--email',
        DEMO_ACCOUNT.email,
        '--report-dir',
        dir,
      ],
      { env: { ...process.env, MM_PASSWORD: DEMO_ACCOUNT.password } },
      (error) => resolve(error ? Number((error as { code?: number }).code ?? 2) : 0),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  server.stop();
  const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
    requests: number;
    clauses: { id: string; status: string }[];
  };
  const rate = report.clauses
    .filter((c) => c.id.startsWith('rate.') && c.status !== 'pass')
    .map((c) => `${c.id.slice(5)}:${c.status}`);
  return { exit, seconds, requests: report.requests, rate };
}

function cleanRows(): Row[] {
  const rows: Row[] = [];
  for (const limiter of ['fixed-window', 'token-bucket'])
    for (const form of ['seconds-left', 'epoch'])
      for (const latency of [0, 50, 100, 300])
        for (const rate of [1, 10, 1000])
          rows.push({
            name: `${limiter} ${form} ${latency} ms ${rate}/s`,
            serve: [
              '--limiter',
              limiter,
              '--reset-form',
              form,
              '--latency',
              String(latency),
              '--rate',
              String(rate),
            ],
          });
  return rows;
}

function faultRows(faults: string[]): Row[] {
  return faults.flatMap((fault) =>
    [0, 100].flatMap((latency) =>
      ['fixed-window', 'token-bucket'].map((limiter) => ({
        name: `${fault} ${limiter} ${latency} ms`,
        serve: ['--fault', fault, '--limiter', limiter, '--latency', String(latency), '--rate', '10'],
      })),
    ),
  );
}

async function main() {
  const which = process.argv[2] ?? 'clean';
  const rows = which === 'clean' ? cleanRows() : faultRows(process.argv.slice(3));
  process.stdout.write(
    '| run | exit | wall | requests | rate clauses not passing |\n|---|---|---|---|---|\n',
  );
  for (const row of rows) {
    const o = await check(row);
    process.stdout.write(
      `| ${row.name} | ${o.exit} | ${o.seconds.toFixed(1)} s | ${o.requests} | ${o.rate.join(', ') || '—'} |\n`,
    );
  }
}

main().catch((error) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(2);
});
