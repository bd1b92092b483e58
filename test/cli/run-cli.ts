import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(PROJECT_ROOT, 'src/cli/main.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A fresh working folder for one run, so that a run without --report-dir writes its reports there
 * and never into the project's own reports/ (which `npm start` owns).
 */
function freshWorkingFolder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'mmc-cwd-'));
}

/** Runs mm-conformance from source in a child process, with only the MM_ variables given. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  cwd = freshWorkingFolder(),
): Promise<CliResult> {
  return runNode(['-r', require.resolve('esbuild-register'), MAIN, ...args], env, cwd);
}

/** Runs the compiled command, dist/src/cli/main.js, as `npx mm-conformance` does. */
export function runCompiledCli(
  args: string[],
  env: Record<string, string> = {},
  cwd = freshWorkingFolder(),
): Promise<CliResult> {
  return runNode([COMPILED_MAIN, ...args], env, cwd);
}

export const COMPILED_MAIN = path.join(PROJECT_ROOT, 'dist/src/cli/main.js');

function runNode(nodeArgs: string[], env: Record<string, string>, cwd: string): Promise<CliResult> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('MM_') && !k.startsWith('MMC_')),
  );
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      nodeArgs,
      { cwd, env: { ...base, ...env }, timeout: 300_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The lines a run wrote on stderr, blank ones left out. */
export function stderrLines(result: CliResult): string[] {
  return result.stderr.split('\n').filter((l) => l.trim() !== '');
}

/** The clause ids a `--list` printed, in its order (generated ids hold operationIds: `op.getMe.…`). */
export function listedClauseIds(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => /^([a-z]+\.[A-Za-z0-9_.-]+) +(MUST|SHOULD|MAY) +\S/.exec(line)?.[1])
    .filter((id) => id !== undefined);
}
