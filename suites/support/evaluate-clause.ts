import { TransportError } from '../../src/http/client';
import type { Clause } from '../../src/model/clause';
import { type Outcome, outcomeOf } from '../../src/model/outcome';
import type { SkipReason } from '../../src/model/skip-reason';
import { type Status, statusForViolation } from '../../src/model/status';
import { Findings } from './findings';
import { CannotDecide, NotApplicable, NothingObserved } from './not-applicable';
import type { SuiteContext } from './suite-context';

/** A check: reads the target's responses for one clause and records what it finds. */
export type Check = (findings: Findings, context: SuiteContext) => Promise<void>;

export const SAFE_SKIP_NOTE = '--safe: this check sends a burst or a wrong password';

/**
 * The status policy, in one place: runs a clause's check (or not) and turns what happened into the
 * clause's Outcome. An observation, or a check that had nothing to observe, is `info`; a violation earns its level's status; a precondition
 * the target did not meet is a `skip`; a target that did not answer, or a checker that could not
 * decide, is an `error`, never a `fail`.
 */
export async function evaluateClause(
  clause: Clause,
  check: Check | undefined,
  context: SuiteContext,
): Promise<Outcome> {
  const started = Date.now();
  const findings = new Findings();
  const outcome = (status: Status, note?: string, skipReason?: SkipReason) =>
    outcomeOf(clause, status, {
      note,
      skipReason,
      violations: findings.violations,
      evidence: findings.evidence,
      durationMs: Date.now() - started,
    });
  if (!check) return outcome('error', `the checker has no check for ${clause.id}`);
  if (context.config.safe && clause.active) return outcome('skip', SAFE_SKIP_NOTE, 'safe');
  try {
    await check(findings, context);
  } catch (error) {
    if (error instanceof NotApplicable) return outcome('skip', error.message, 'not-applicable');
    if (error instanceof NothingObserved) return outcome('info', error.message);
    if (error instanceof TransportError) {
      findings.attach(error.exchange);
      return outcome('error', error.message);
    }
    if (error instanceof CannotDecide) return outcome('error', error.message);
    return outcome('error', `checker error: ${(error as Error).message ?? error}`);
  }
  if (clause.observation) return outcome('info', findings.noteText);
  return outcome(
    findings.violations.length > 0 ? statusForViolation(clause.level) : 'pass',
    findings.noteText,
  );
}
