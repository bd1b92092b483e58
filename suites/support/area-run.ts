import type { Area, Catalogue, Clause } from '../../src/model/clause';
import type { Outcome } from '../../src/model/outcome';
import type { SuiteRunConfig } from '../../src/runner/run-config-file';
import { type Check, evaluateClause } from './evaluate-clause';
import { everyAreaJudged, judgeBeside } from './side-by-side';
import { SuiteContext } from './suite-context';

/** What an area's suite may add to how its clauses are judged (see registerArea). */
export interface AreaHooks {
  /** Called once the area's context is open, with the ids of its clauses: to start early what several checks share. */
  start?: (context: SuiteContext, clauseIds: string[]) => void;
  /**
   * Of the ids of its clauses, those whose checks end a session of the run (a logout): judged after
   * the others where the area's clauses go one after another, and never waited for by a logout
   * where they go side by side.
   */
  endingSessions?: (context: SuiteContext, clauseIds: string[]) => string[];
}

/**
 * One area's clauses, judged on the area's own context from the moment the run starts the area:
 * one after another when its describe block begins, or sooner, beside other areas, all at once
 * (see side-by-side.ts). Each of the area's tests awaits its clause's outcome.
 */
export class AreaRun {
  private context?: SuiteContext;
  private openError?: unknown;
  private readonly outcomes = new Map<string, Promise<Outcome>>();
  private judged: Promise<void> = Promise.resolve();
  private closed?: Promise<void>;

  constructor(
    readonly area: Area,
    private readonly config: SuiteRunConfig,
    private readonly catalogue: Catalogue,
    readonly clauses: readonly Clause[],
    private readonly checkOf: (clauseId: string) => Check | undefined,
    private readonly hooks: AreaHooks = {},
  ) {}

  /**
   * Opens the area's context and starts judging its clauses, once only: one after another, those
   * that end sessions last, or all at once (`together`, beside other areas); resolves when every
   * clause is judged.
   */
  start({ together = false } = {}): Promise<void> {
    if (this.context || this.openError !== undefined) return this.judged;
    try {
      this.context = SuiteContext.open(this.area, this.config, this.catalogue);
    } catch (error) {
      // Kept for the area's own tests: another area may have started this one.
      this.openError = error;
      return this.judged;
    }
    const context = this.context;
    const ids = this.clauses.map((c) => c.id);
    this.hooks.start?.(context, ids);
    const ending = new Set(this.hooks.endingSessions?.(context, ids));
    const judge = (clause: Clause) => () => evaluateClause(clause, this.checkOf(clause.id), context);
    if (together) {
      for (const clause of this.clauses)
        this.outcomes.set(clause.id, judgeBeside(clause.id, ending.has(clause.id), judge(clause)));
      this.judged = Promise.allSettled(this.outcomes.values()).then(() => undefined);
      return this.judged;
    }
    const inOrder = [
      ...this.clauses.filter((c) => !ending.has(c.id)),
      ...this.clauses.filter((c) => ending.has(c.id)),
    ];
    let previous: Promise<unknown> = Promise.resolve();
    for (const clause of inOrder) {
      const outcome = previous.then(judge(clause));
      this.outcomes.set(clause.id, outcome);
      previous = outcome.catch(() => undefined);
    }
    this.judged = previous.then(() => undefined);
    return this.judged;
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

  /**
   * Once every clause of the area is judged, and of the areas beside it (whose sessions a logout
   * may end too), closes its context: its sessions ended, its exchanges recorded. Once only.
   */
  close(): Promise<void> {
    this.closed ??= (async () => {
      await this.judged;
      await everyAreaJudged();
      await this.context?.close();
    })();
    return this.closed;
  }
}
