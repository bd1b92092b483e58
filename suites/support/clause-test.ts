import { readFileSync } from 'node:fs';
import type { Area, Catalogue } from '../../src/model/clause';
import { describeOutcome } from '../../src/model/describe-outcome';
import { appendRecord } from '../../src/runner/outcomes-file';
import { isSelected } from '../../src/runner/run-config';
import { readRunConfig } from '../../src/runner/run-config-file';
import { RUN_WIDE_ONLY } from '../../src/runner/run-wide';
import { type Check, evaluateClause } from './evaluate-clause';
import { SuiteContext } from './suite-context';

export type { Check } from './evaluate-clause';

/**
 * The jest adapter: registers one test per selected clause of the area, as the catalogue lists
 * them (with the clauses the run's OpenAPI document generates), titled "<clause id> — <requirement>".
 * `checks` maps a clause id to its check, or finds it (the generated clauses' checks). Each test has evaluateClause judge the clause,
 * forwards the outcome to the run, and throws (for jest's own view) only on `fail` or `error`.
 * `start`, when given, is called once the suite's context is open, with the ids of the clauses
 * that will run: to start early what several checks share.
 */
export function registerArea(
  area: Area,
  checks: Record<string, Check> | ((clauseId: string) => Check | undefined),
  start?: (context: SuiteContext, clauseIds: string[]) => void,
): void {
  const config = readRunConfig();
  const catalogue: Catalogue = JSON.parse(readFileSync(config.catalogueDocumentPath, 'utf8'));
  const checkOf = typeof checks === 'function' ? checks : (id: string) => checks[id];
  const clauses = catalogue.clauses.filter(
    (c) => c.id.startsWith(`${area}.`) && !RUN_WIDE_ONLY.includes(c.id) && isSelected(c.id, config.only),
  );
  const clauseIds = clauses.map((c) => c.id);
  let context: SuiteContext;
  beforeAll(() => {
    context = SuiteContext.open(area, config, catalogue);
    start?.(context, clauseIds);
  });
  afterAll(async () => {
    await context?.close();
  });
  for (const clause of clauses) {
    test(`${clause.id} — ${clause.requirement}`, async () => {
      const outcome = await evaluateClause(clause, checkOf(clause.id), context);
      appendRecord(config.outcomesPath, outcome);
      if (outcome.status === 'fail' || outcome.status === 'error')
        throw new Error(describeOutcome(clause, outcome));
    });
  }
}
