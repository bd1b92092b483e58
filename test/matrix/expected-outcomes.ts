import type { Clause } from '../../src/model/clause';
import type { Outcome } from '../../src/model/outcome';
import type { Status } from '../../src/model/status';
import type { Fault } from '../../src/server/faults';

/**
 * What a broken clause earns, as the README states it (a MUST fails, a SHOULD warns): written out
 * here rather than read from the code under test.
 */
const BROKEN: Record<Clause['level'], Status> = { MUST: 'fail', SHOULD: 'warn', MAY: 'info' };

/**
 * Clauses that may have nothing to observe against a server that keeps them (Reset 1 names a moment
 * inside the second of rounding the document allows; Limit 1 leaves no step to follow). There they
 * end `info` saying so, never `pass` without evidence; a fault that breaks them must still fail them.
 */
export const MAY_OBSERVE_NOTHING = new Set(['rate.reset-truthful', 'rate.remaining-decrements']);

/**
 * The status every clause must end with against the server with `fault` on (or the clean server):
 * the clauses it breaks and its collateral broken, its skips skipped, observations `info`, every
 * other clause `pass`. Nothing else, in either direction.
 */
export function expectedStatus(clause: Clause, fault?: Fault, skips: readonly string[] = []): Status {
  if (fault?.breaks.includes(clause.id) || fault?.collateral?.includes(clause.id))
    return BROKEN[clause.level];
  if (fault?.skips?.includes(clause.id) || skips.includes(clause.id)) return 'skip';
  return clause.observation ? 'info' : 'pass';
}

/**
 * Each clause of `clauses` whose outcome is not the expected status, as
 * `id: expected X, got Y (what the check said)`; a clause with no outcome counts as `absent`.
 * `skips`: clauses the server's options (not a fault) leave nothing to judge.
 */
export function unexpected(
  clauses: readonly Clause[],
  outcomes: readonly Outcome[],
  fault?: Fault,
  skips: readonly string[] = [],
): string[] {
  return clauses.flatMap((clause) => {
    const outcome = outcomes.find((o) => o.id === clause.id);
    const expected = expectedStatus(clause, fault, skips);
    if (outcome?.status === expected) return [];
    if (expected === 'pass' && outcome?.status === 'info' && MAY_OBSERVE_NOTHING.has(clause.id)) return [];
    const said = outcome ? (outcome.note ?? outcome.violations.map((v) => v.actual).join('; ')) : '';
    return [
      `${clause.id}: expected ${expected}, got ${outcome?.status ?? 'absent'}${said ? ` (${said})` : ''}`,
    ];
  });
}
