import path from 'node:path';
import type { CheckFlags } from '../../../src/cli/check-options';
import { runChildScript } from '../../support/child-script';

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
export function runChecks(runs: RepeatedRun[]): Promise<RunResult[]> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MM')));
  return runChildScript<RunResult[]>(path.join(__dirname, 'run-checks-child.ts'), runs, env);
}
