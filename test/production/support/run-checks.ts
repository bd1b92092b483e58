import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CheckFlags } from '../../../src/cli/check-options';
import { writeTemp } from '../../support/temp-files';

const run = promisify(execFile);

/** One run of the checker: its flags, and the password it is given (in MM_PASSWORD). */
export interface RepeatedRun {
  flags: CheckFlags;
  password: string;
}

/** Its exit code, and the line it would print on stderr when it could not be done. */
export interface RunResult {
  code: number;
  error?: string;
}

/**
 * Runs the checker once for each entry, one after the other, in one child process (the target is
 * the caller's: a server in the test's own process, whose every login the test can see).
 */
export async function runChecks(runs: RepeatedRun[]): Promise<RunResult[]> {
  const input = writeTemp('runs.json', JSON.stringify(runs));
  const output = path.join(path.dirname(input), 'results.json');
  const child = path.join(__dirname, 'run-checks-child.ts');
  await run(process.execPath, ['-r', 'esbuild-register', child, input, output], {
    cwd: path.resolve(__dirname, '../../..'),
    maxBuffer: 64 * 1024 * 1024,
    env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MM'))),
  });
  return JSON.parse(readFileSync(output, 'utf8')) as RunResult[];
}
