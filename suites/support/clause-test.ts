import { appendFileSync } from 'node:fs';
import { loadCatalogue } from '../../src/catalogue/load-catalogue';
import { TransportError } from '../../src/http/client';
import type { Area, Clause } from '../../src/model/clause';
import { describeOutcome } from '../../src/model/describe-outcome';
import { type Outcome, outcomeOf } from '../../src/model/outcome';
import { type Status, statusForViolation } from '../../src/model/status';
import { isSelected } from '../../src/runner/run-config';
import { Findings } from './findings';
import { CannotDecide, NotApplicable, NothingObserved } from './not-applicable';
import { readRunConfig } from './run-config';
import { SuiteContext } from './suite-context';

/** A check: reads the target's responses for one clause and records what it finds. */
export type Check = (findings: Findings, context: SuiteContext) => Promise<void>;

/**
 * Registers one jest test per clause of the area, as the catalogue lists them, each titled
 * "<clause id> — <requirement>". The test records the clause's outcome for the reporter and
 * fails (for jest) only when the clause fails or the checker could not decide.
 */
export function registerArea(area: Area, checks: Record<string, Check>): void {
  const config = readRunConfig();
  const catalogue = loadCatalogue();
  const clauses = catalogue.clauses.filter(
    (c) => c.id.startsWith(`${area}.`) && isSelected(c.id, config.only),
  );
  let context: SuiteContext;
  beforeAll(() => {
    context = SuiteContext.open(config, catalogue);
  });
  afterAll(async () => {
    await context?.close();
  });
  for (const clause of clauses) {
    const check = checks[clause.id];
    test(`${clause.id} — ${clause.requirement}`, async () => {
      const outcome = check
        ? await runCheck(clause, check, context)
        : recorded(clause, 'error', new Findings(), Date.now(), `the checker has no check for ${clause.id}`);
      appendFileSync(config.outcomesPath, `${JSON.stringify(outcome)}\n`);
      if (outcome.status === 'fail' || outcome.status === 'error')
        throw new Error(describeOutcome(clause, outcome));
    });
  }
}

async function runCheck(clause: Clause, check: Check, context: SuiteContext): Promise<Outcome> {
  const started = Date.now();
  const findings = new Findings();
  if (context.config.safe && clause.active) {
    return recorded(
      clause,
      'skip',
      findings,
      started,
      '--safe: this check sends a burst or a wrong password',
    );
  }
  try {
    await check(findings, context);
  } catch (error) {
    if (error instanceof NotApplicable) return recorded(clause, 'skip', findings, started, error.message);
    if (error instanceof NothingObserved) return recorded(clause, 'info', findings, started, error.message);
    if (error instanceof TransportError) {
      findings.attach(error.exchange);
      return recorded(clause, 'error', findings, started, error.message);
    }
    const message =
      error instanceof CannotDecide ? error.message : `checker error: ${(error as Error).message ?? error}`;
    return recorded(clause, 'error', findings, started, message);
  }
  const status: Status = clause.observation
    ? 'info'
    : findings.violations.length > 0
      ? statusForViolation(clause.level)
      : 'pass';
  return recorded(clause, status, findings, started, findings.noteText);
}

/** The outcome of a check that ran: what it found, and how long it took. */
function recorded(
  clause: Clause,
  status: Status,
  findings: Findings,
  started: number,
  note?: string,
): Outcome {
  return outcomeOf(clause, status, {
    note,
    violations: findings.violations,
    evidence: findings.evidence,
    durationMs: Date.now() - started,
  });
}
