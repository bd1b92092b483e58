import { readFileSync } from 'node:fs';
import type { Catalogue } from '../../src/model/clause';
import { describeOutcome } from '../../src/model/describe-outcome';
import type { LedgerEntry } from '../../src/model/ledger';
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
  // Every other suite has closed when the first of these tests runs: what they recorded is read
  // once for all of them: with a burst's thousand exchanges, reading it for each cost a tenth of a second.
  let recorded: { ledger: LedgerEntry[]; outcomes: Outcome[] } | undefined;
  const readRecorded = () => {
    recorded ??= {
      ledger: readLedger(ledgerPath(config.outcomesPath)),
      outcomes: readRecords(config.outcomesPath).filter((r): r is Outcome => r.kind === 'clause-outcome'),
    };
    return recorded;
  };
  for (const clause of clauses) {
    test(`${clause.id} — ${clause.requirement} (every exchange of the run)`, async () => {
      const { ledger, outcomes } = readRecorded();
      const judge = judges[clause.id];
      const check: Check | undefined = judge && (async (findings) => judge(ledger, findings, contract));
      const runWide = await evaluateClause(clause, check, context);
      // The outcome the clause's own suite recorded, if it ran.
      const own = outcomes.find((r) => r.id === clause.id);
      const outcome = mergeRunWide(clause, own, runWide);
      appendRecord(config.outcomesPath, outcome);
      if (outcome.status === 'fail' || outcome.status === 'error')
        throw new Error(describeOutcome(clause, outcome));
    });
  }
}
