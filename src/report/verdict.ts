import type { Level } from '../model/level';
import type { Status } from '../model/status';
import type { Gate, ReportClause } from './report';

type Judged = Pick<ReportClause, 'id' | 'status' | 'level'>;

/** The statuses that fail the gate: a broken MUST always; a broken SHOULD when the gate is `should`. */
export function failingStatuses(gate: Gate): readonly Status[] {
  return gate === 'should' ? ['fail', 'warn'] : ['fail'];
}

/** The levels the gate answers for. */
function gatedLevels(gate: Gate): readonly Level[] {
  return gate === 'should' ? ['MUST', 'SHOULD'] : ['MUST'];
}

/** Gated clauses the checker could not decide: while one is left, the gate cannot say `pass`. */
export function undecidedGated(clauses: readonly Judged[], gate: Gate): string[] {
  const levels = gatedLevels(gate);
  return clauses.filter((c) => c.status === 'error' && levels.includes(c.level)).map((c) => c.id);
}
