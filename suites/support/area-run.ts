import type { Catalogue, Clause } from '../../src/model/clause';
import type { Outcome } from '../../src/model/outcome';
import type { SuiteRunConfig } from '../../src/runner/run-config-file';
import { type Check, evaluateClause } from './evaluate-clause';
import { SuiteContext } from './suite-context';

/**
 * One area's clauses, judged one after another on the area's own context from the moment the
 * run starts the area: when its describe block begins, or sooner, beside other areas (see
 * side-by-side.ts). Each of the area's tests awaits its clause's outcome.
 */
export class AreaRun {
  private context?: SuiteContext;
  private openError?: unknown;
  private readonly outcomes = new Map<string, Promise<Outcome>>();

  constructor(
    private readonly area: SuiteContext['area'],
    private readonly config: SuiteRunConfig,
    private readonly catalogue: Catalogue,
    readonly clauses: readonly Clause[],
    private readonly checkOf: (clauseId: string) => Check | undefined,
    private readonly startShared?: (context: SuiteContext, clauseIds: string[]) => void,
  ) {}

  /** Opens the area's context and starts judging its clauses in order; once only. */
  start(): void {
    if (this.context || this.openError !== undefined) return;
    try {
      this.context = SuiteContext.open(this.area, this.config, this.catalogue);
    } catch (error) {
      // Kept for the area's own tests: another area may have started this one.
      this.openError = error;
      return;
    }
    const context = this.context;
    this.startShared?.(
      context,
      this.clauses.map((c) => c.id),
    );
    let previous: Promise<unknown> = Promise.resolve();
    for (const clause of this.clauses) {
      const outcome = previous.then(() => evaluateClause(clause, this.checkOf(clause.id), context));
      this.outcomes.set(clause.id, outcome);
      previous = outcome.catch(() => undefined);
    }
  }

  /** Starts the area unless it already runs; throws what kept its context from opening. */
  begin(): void {
    this.start();
    if (this.openError !== undefined) throw this.openError;
  }

  /** The outcome of one of the area's clauses, once judged. */
  outcome(clauseId: string): Promise<Outcome> {
    const outcome = this.outcomes.get(clauseId);
    if (!outcome) throw new Error(`the ${this.area} suite did not start ${clauseId}`);
    return outcome;
  }

  /** Waits for every clause of the area, then closes its context (its sessions ended, its exchanges recorded). */
  async close(): Promise<void> {
    await Promise.allSettled(this.outcomes.values());
    await this.context?.close();
  }
}
