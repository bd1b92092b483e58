// Runs the checker's whole run (pre-flight, suites, report) several times in one process, as the
// CLI would, against a target the parent test serves. One process keeps the nested jest runs out
// of the outer jest's module registry, and saves a Node start and a compile on every run.
// argv[2]: a JSON file of RepeatedRun[]; argv[3]: where to write RunResult[] as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { runCheck } from '../../../src/cli/run-check';
import { CannotRun, EXIT } from '../../../src/cli/usage-error';
import type { RepeatedRun, RunResult } from './run-checks';
import { resolveRun } from './run-options';

async function runOnce(run: RepeatedRun): Promise<RunResult> {
  const { options, catalogue } = await resolveRun(run);
  try {
    return { code: await runCheck(options, catalogue) };
  } catch (error) {
    if (error instanceof CannotRun) return { code: EXIT.cannotRun, error: error.message };
    throw error;
  }
}

async function main(): Promise<void> {
  const [, , inputPath, outputPath] = process.argv as [string, string, string, string];
  const runs = JSON.parse(readFileSync(inputPath, 'utf8')) as RepeatedRun[];
  const results: RunResult[] = [];
  for (const run of runs) results.push(await runOnce(run));
  writeFileSync(outputPath, JSON.stringify(results));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
