// A checker that waits for its cue: the parent sends a RepeatedRun, this process runs the checker's
// whole run (pre-flight, suites, report) as the CLI would and answers with its exit code and the
// rate clauses of its report.json. Two of these, cued together, are two runs at once.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCheck } from '../../../src/cli/run-check';
import { CannotRun, EXIT } from '../../../src/cli/usage-error';
import type { PairedRunResult } from './paired-runs';
import type { RepeatedRun } from './run-checks';
import { resolveRun } from './run-options';

async function runOnce(run: RepeatedRun): Promise<PairedRunResult> {
  const { options, catalogue } = await resolveRun(run);
  try {
    const code = await runCheck(options, catalogue);
    return { code, clauses: rateClauses(options.reportDir) };
  } catch (error) {
    if (!(error instanceof CannotRun)) throw error;
    // An undecided gate ends the run after its report is written: its clauses say why.
    return { code: EXIT.cannotRun, error: error.message, clauses: rateClauses(options.reportDir) };
  }
}

function rateClauses(reportDir: string): PairedRunResult['clauses'] {
  const file = path.join(reportDir, 'report.json');
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    clauses: { id: string; status: string; note?: string; message?: string }[];
  };
  return report.clauses
    .filter((c) => c.id.startsWith('rate.'))
    .map((c) => ({ id: c.id, status: c.status, text: c.message ?? c.note ?? '' }));
}

process.on('message', (run: RepeatedRun) => {
  runOnce(run).then(
    (result) => process.send?.(result),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
});
process.on('disconnect', () => process.exit(0));
