import type { Clause } from '../../src/model/clause';
import type { Outcome } from '../../src/model/outcome';
import type { Fault } from '../../src/server/faults';
import { expectedStatus } from './expected-outcomes';
import type { MatrixRun } from './matrix-plan';

/** A run of the matrix with what came of it. */
export interface RunResult {
  run: MatrixRun;
  outcomes: Outcome[];
  /** Clauses that did not end as expected (see unexpected()). */
  unexpected: string[];
}

/** A fault is caught when every one of its runs ended exactly as it declares. */
export function caughtFaults(faults: readonly Fault[], results: readonly RunResult[]): Fault[] {
  return faults.filter((fault) => {
    const runs = results.filter((r) => r.run.fault === fault);
    return runs.length > 0 && runs.every((r) => r.unexpected.length === 0);
  });
}

/**
 * For each clause that can fail (not an observation), the faults shown to break it: the fault sets
 * out to break it (it is in `breaks`, not a consequence of another clause's failure), and every
 * run of the fault that judged the clause saw it broken.
 */
export function faultsByClause(
  clauses: readonly Clause[],
  faults: readonly Fault[],
  results: readonly RunResult[],
): Map<string, string[]> {
  return new Map(
    clauses
      .filter((c) => !c.observation)
      .map((clause) => [
        clause.id,
        faults
          .filter((fault) => fault.breaks.includes(clause.id))
          .filter((fault) => {
            const judged = results
              .filter((r) => r.run.fault === fault)
              .map((r) => r.outcomes.find((o) => o.id === clause.id))
              .filter((o) => o !== undefined);
            return judged.length > 0 && judged.every((o) => o.status === expectedStatus(clause, fault));
          })
          .map((fault) => fault.name),
      ]),
  );
}

/** The matrix's summary: a row per fault, both score lines, and the clause → faults table. */
export function scoreReport(
  clauses: readonly Clause[],
  faults: readonly Fault[],
  results: readonly RunResult[],
): string {
  const caught = new Set(caughtFaults(faults, results));
  const width = Math.max(...faults.map((f) => f.name.length));
  const rows = faults.map((fault) => {
    const runs = results.filter((r) => r.run.fault === fault);
    const missed = runs.filter((r) => r.unexpected.length > 0);
    const head = `${caught.has(fault) ? '✓' : '✗'} ${fault.name.padEnd(width)}  ${String(runs.length).padStart(2)} runs  breaks ${fault.breaks.join(', ')}`;
    return [head, ...missed.map((r) => `      in ${r.run.variant.name}: ${r.unexpected.join('; ')}`)].join(
      '\n',
    );
  });
  const byClause = faultsByClause(clauses, faults, results);
  const shown = [...byClause.values()].filter((names) => names.length > 0).length;
  const idWidth = Math.max(...[...byClause.keys()].map((id) => id.length));
  const table = [...byClause].map(([id, names]) => `  ${id.padEnd(idWidth)}  ${names.join(', ') || '—'}`);
  return [
    'Fault matrix',
    ...rows,
    `faults caught: ${caught.size}/${faults.length}`,
    `clauses shown able to fail: ${shown}/${byClause.size}`,
    'clause → the faults shown to break it',
    ...table,
  ].join('\n');
}
