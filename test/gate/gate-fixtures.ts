import type { Outcome } from '../../src/model/outcome';
import { CATALOGUE, outcome } from '../report/fixtures';

/** One outcome per clause of the shared test catalogue: `pass` unless given. */
export function outcomesWith(...given: Outcome[]): Outcome[] {
  return CATALOGUE.clauses.map((c) => given.find((o) => o.id === c.id) ?? outcome(c.id, c.level, 'pass'));
}
