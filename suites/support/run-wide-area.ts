import { readFileSync } from 'node:fs';
import type { Catalogue } from '../../src/model/clause';
import { describeOutcome } from '../../src/model/describe-outcome';
import type { Outcome } from '../../src/model/outcome';
import { appendRecord, readRecords } from '../../src/runner/outcomes-file';
import { isSelected } from '../../src/runner/run-config';
import { readRunConfig } from '../../src/runner/run-config-file';
import { ledgerPath, RUN_WIDE_CLAUSES, readLedger } from '../../src/runner/run-wide';
import type { RunWideJudge } from '../checks/run-wide/run-wide-judge';
import { type Check, evaluateClause } from './evaluate-clause';
import { runContract } from './run-contract';
import { mergeRunWide } from './run-wide-outcome';
import type { SuiteContext } from './suite-context';

/**
 * The jest adapter of the run-wide suite, which runs after every other: one test per selected
 * clause it judges, each judging the run's whole ledger (every exchange every suite made) and
 * recording the clause's one outcome, merged with its own suite's (see mergeRunWide).
 */
export function registerRunWide(judges: Record<string, RunWideJudge>): void {
  const config = readRunConfig();
  const catalogue: Catalogue = JSON.parse(readFileSync(config.catalogueDocumentPath, 'utf8'));
  const contract = runContract(config.specDocumentPath);
  const clauses = catalogue.clauses.filter(
    (c) => (RUN_WIDE_CLAUSES as readonly string[]).includes(c.id) && isSelected(c.id, config.only),
  );
  // The status policy reads only the run's settings: the run-wide judges send nothing.
  const context = { config, contract, catalogue } as unknown as SuiteContext;
  for (const clause of clauses) {
    test(`${clause.id} — ${clause.requirement} (every exchange of the run)`, async () => {
      const ledger = readLedger(ledgerPath(config.outcomesPath));
      const judge = judges[clause.id];
      const check: Check | undefined = judge && (async (findings) => judge(ledger, findings, contract));
      const runWide = await evaluateClause(clause, check, context);
      const outcome = mergeRunWide(clause, ownOutcome(config.outcomesPath, clause.id), runWide);
      appendRecord(config.outcomesPath, outcome);
      if (outcome.status === 'fail' || outcome.status === 'error')
        throw new Error(describeOutcome(clause, outcome));
    });
  }
}

/** The outcome the clause's own suite recorded, if it ran. */
function ownOutcome(file: string, id: string): Outcome | undefined {
  return readRecords(file).find((r): r is Outcome => r.kind === 'clause-outcome' && r.id === id);
}
