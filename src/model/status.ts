import type { Level } from './level';

/**
 * One result class per clause. `fail` and `error` never mix: a fail means the target broke a
 * clause, an error means the checker could not decide (timeout, refused connection).
 */
export const STATUSES = ['pass', 'fail', 'warn', 'info', 'skip', 'error'] as const;
export type Status = (typeof STATUSES)[number];

/** The status a broken clause earns: a MUST fails, a SHOULD warns, a MAY is only reported. */
export function statusForViolation(level: Level): Status {
  if (level === 'MUST') return 'fail';
  if (level === 'SHOULD') return 'warn';
  return 'info';
}
