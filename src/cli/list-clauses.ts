import type { Catalogue } from '../model/clause';
import { isSelected } from '../runner/run-config';

/** `--list`: one clause a line — id, level, requirement — then a count per level. */
export function formatClauseList(catalogue: Catalogue, only: readonly string[] = []): string {
  const clauses = catalogue.clauses.filter((c) => isSelected(c.id, only));
  const idWidth = Math.max(...clauses.map((c) => c.id.length));
  const lines = clauses.map((c) => {
    const marks = [c.active ? 'active: --safe skips it' : '', c.observation ? 'observation' : '']
      .filter(Boolean)
      .join(', ');
    return `${c.id.padEnd(idWidth)}  ${c.level.padEnd(6)}  ${c.requirement}${marks ? ` [${marks}]` : ''}`;
  });
  const perLevel = (['MUST', 'SHOULD', 'MAY'] as const)
    .map((level) => `${clauses.filter((c) => c.level === level).length} ${level}`)
    .join(', ');
  return `${lines.join('\n')}\n\n${clauses.length} clauses (${perLevel})\n`;
}
