import { readFileSync } from 'node:fs';
import type { Area, Catalogue } from '../../src/model/clause';
import { describeOutcome } from '../../src/model/describe-outcome';
import { appendRecord } from '../../src/runner/outcomes-file';
import { isSelected } from '../../src/runner/run-config';
import { readRunConfig } from '../../src/runner/run-config-file';
import { RUN_WIDE_ONLY } from '../../src/runner/run-wide';
import { type AreaHooks, AreaRun } from './area-run';
import type { Check } from './evaluate-clause';
import { runPacer } from './run-pacer';
import { offerSideBySide, startSideBySide } from './side-by-side';

export type { Check } from './evaluate-clause';

/**
 * The jest adapter: registers one test per selected clause of the area, as the catalogue lists
 * them (with the clauses the run's OpenAPI document generates), titled "<clause id> — <requirement>".
 * `checks` maps a clause id to its check, or finds it (the generated clauses' checks). The area's
 * clauses are judged by an AreaRun (evaluateClause's status policy): one after another from when
 * the area's describe block begins, or all at once beside the other areas where the allowance
 * covers them (see side-by-side.ts). Each test forwards its clause's outcome to the run, and
 * throws (for jest's own view) only on `fail` or `error`. `hooks` may start early what several
 * checks share, and name the clauses that end sessions (see AreaHooks).
 */
export function registerArea(
  area: Area,
  checks: Record<string, Check> | ((clauseId: string) => Check | undefined),
  hooks?: AreaHooks,
): void {
  const config = readRunConfig();
  const catalogue: Catalogue = JSON.parse(readFileSync(config.catalogueDocumentPath, 'utf8'));
  const checkOf = typeof checks === 'function' ? checks : (id: string) => checks[id];
  const clauses = catalogue.clauses.filter(
    (c) => c.id.startsWith(`${area}.`) && !RUN_WIDE_ONLY.includes(c.id) && isSelected(c.id, config.only),
  );
  const run = new AreaRun(area, config, catalogue, clauses, checkOf, hooks);
  offerSideBySide(area, run);
  beforeAll(() => {
    startSideBySide(runPacer(config));
    run.begin();
  });
  afterAll(() => run.close());
  for (const clause of clauses) {
    test(`${clause.id} — ${clause.requirement}`, async () => {
      const outcome = await run.outcome(clause.id);
      appendRecord(config.outcomesPath, outcome);
      if (outcome.status === 'fail' || outcome.status === 'error')
        throw new Error(describeOutcome(clause, outcome));
    });
  }
}
