// Runs the compiled CLI once against `serve` started in a child process with the given options.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT } from '../src/server/server-options';

export const CLI = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');

export interface RunOutcome {
  exit: number;
  seconds: number;
  requests: number;
  /** Rate clauses that did not pass, as "slug:status". */
  rate: string[];
  /** Each clause's status and note, by id. */
  clauses: { id: string; status: string; note?: string }[];
  /** Requests each area's suite sent, by area. */
  requestsByArea: Record<string, number>;
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

export async function runAgainstServe(serveArgs: string[]): Promise<RunOutcome> {
  const server = await serve(serveArgs);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-grid-'));
  const args = ['--target', server.origin, '--team', DEMO_ACCOUNT.team, '--email', DEMO_ACCOUNT.email];
  const started = performance.now();
  const exit = await new Promise<number>((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args, '--report-dir', dir],
      { env: { ...process.env, MM_PASSWORD: DEMO_ACCOUNT.password } },
      (error) => resolve(error ? Number((error as { code?: number }).code ?? 2) : 0),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  server.stop();
  const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as {
    requests: number;
    clauses: { id: string; status: string; note?: string }[];
    transcript: { area: string; exchanges: unknown[] }[];
  };
  const rate = report.clauses
    .filter((c) => c.id.startsWith('rate.') && c.status !== 'pass')
    .map((c) => `${c.id.slice(5)}:${c.status}`);
  const requestsByArea = Object.fromEntries(report.transcript.map((t) => [t.area, t.exchanges.length]));
  return { exit, seconds, requests: report.requests, rate, clauses: report.clauses, requestsByArea };
}
