import type { Clause } from './clause';
import type { Outcome } from './outcome';

/**
 * An outcome as people read it, the same everywhere (terminal, jest failure, JUnit): what was
 * required, then Expected / Actual for each violation, then the request that showed it.
 */
export function describeOutcome(
  clause: Pick<Clause, 'id' | 'level' | 'requirement'>,
  outcome: Outcome,
): string {
  const lines = [`${clause.id} (${clause.level}) — ${clause.requirement}`];
  if (outcome.note)
    lines.push(
      `  ${outcome.status === 'skip' || outcome.status === 'error' ? 'Why' : 'Note'}: ${outcome.note}`,
    );
  for (const violation of outcome.violations) {
    lines.push(`  Expected: ${violation.expected}`, `  Actual:   ${violation.actual}`);
    const exchange = violation.exchange === undefined ? undefined : outcome.evidence[violation.exchange];
    if (exchange) lines.push(`  Reproduce with: ${exchange.curl}`);
  }
  return lines.join('\n');
}
