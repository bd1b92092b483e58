import type { Level } from '../model/level';
import type { Status } from '../model/status';
import type { Gate, ReportClause, Verdict } from './report';

type Judged = Pick<ReportClause, 'id' | 'status' | 'level'>;

/** The statuses that fail the gate: a broken MUST always; a broken SHOULD when the gate is `should`. */
export function failingStatuses(gate: Gate): readonly Status[] {
  return gate === 'should' ? ['fail', 'warn'] : ['fail'];
}

/** The levels the gate answers for. */
export function gatedLevels(gate: Gate): readonly Level[] {
  return gate === 'should' ? ['MUST', 'SHOULD'] : ['MUST'];
}

/** The clauses that fail the gate, in the order given. An `error` never does: it decided nothing. */
export function gateFailures(clauses: readonly Judged[], gate: Gate): string[] {
  const failing = failingStatuses(gate);
  return clauses.filter((c) => failing.includes(c.status)).map((c) => c.id);
}

/** Gated clauses the checker could not decide: while one is left, the gate cannot say `pass`. */
export function undecidedGated(clauses: readonly Judged[], gate: Gate): string[] {
  const levels = gatedLevels(gate);
  return clauses.filter((c) => c.status === 'error' && levels.includes(c.level)).map((c) => c.id);
}

/**
 * `fail` when a gated clause fails; else `undecided` when a gated clause could not be decided
 * (a timeout is neither a pass nor a fail); else `pass`.
 */
export function verdictOf(clauses: readonly Judged[], gate: Gate): Verdict {
  if (gateFailures(clauses, gate).length > 0) return 'fail';
  return undecidedGated(clauses, gate).length > 0 ? 'undecided' : 'pass';
}
