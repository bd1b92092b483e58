import type { Exchange } from './exchange';
import type { Level } from './level';
import type { SkipReason } from './skip-reason';
import type { Status } from './status';

/** A broken promise: what the document requires against what the target did. */
export interface Violation {
  expected: string;
  actual: string;
  /** Index into the outcome's evidence of the exchange that showed it. */
  exchange?: number;
}

/** The result of one clause against one target. Plain JSON: it crosses process boundaries. */
export interface Outcome {
  kind: 'clause-outcome';
  id: string;
  level: Level;
  status: Status;
  /** For skip and error: why; for info and pass: what was observed, when worth saying. */
  note?: string;
  /** For skip: why, as data (the note says it in words). */
  skipReason?: SkipReason;
  violations: Violation[];
  evidence: Exchange[];
  durationMs: number;
}

/** An outcome of `clause`; what is not given is empty. */
export function outcomeOf(
  clause: { id: string; level: Level },
  status: Status,
  details: Partial<Pick<Outcome, 'note' | 'skipReason' | 'violations' | 'evidence' | 'durationMs'>> = {},
): Outcome {
  return {
    kind: 'clause-outcome',
    id: clause.id,
    level: clause.level,
    status,
    note: details.note,
    ...(status === 'skip' && details.skipReason ? { skipReason: details.skipReason } : {}),
    violations: details.violations ?? [],
    evidence: details.evidence ?? [],
    durationMs: details.durationMs ?? 0,
  };
}
