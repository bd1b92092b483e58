import type { Area } from '../../src/model/clause';
import type { Pacer } from '../../src/ratelimit/pacer';
import type { AreaRun } from './area-run';

/** The area that runs alone, after the others: its burst to 429 needs the whole allowance. */
const RUNS_ALONE: Area = 'rate';

/**
 * How many requests the run counts on for each clause when it asks whether the allowance covers
 * areas side by side: a little over what the default document's checks send (about 1.5 a clause,
 * with the logouts that end each area's sessions).
 */
const REQUESTS_PER_CLAUSE = 2;

/** The areas registered to run side by side that have not been started. */
const waiting: AreaRun[] = [];

/** Registers an area's run to start beside the others when the allowance covers them (not the rate area's). */
export function offerSideBySide(area: Area, run: AreaRun): void {
  if (area !== RUNS_ALONE) waiting.push(run);
}

/**
 * Starts every area registered to run side by side at once, when the allowance the pacer knows of
 * covers all their requests together, and a small share of Limit at that: across a network each
 * area then costs the run only its own chain of round trips, not one after another's. Otherwise
 * (a tight limit, or nothing known of it yet) each area starts when its describe block begins, as
 * the areas' requests spread over the windows one after another keeps every one under the limit.
 * Called as each area begins; only the first call decides.
 */
export function startSideBySide(pacer: Pacer): void {
  const runs = waiting.splice(0);
  if (runs.length < 2) return;
  const requests = runs.reduce((sum, run) => sum + run.clauses.length, 0) * REQUESTS_PER_CLAUSE;
  if (!pacer.knowsAllowance() || !pacer.covers(requests)) return;
  for (const run of runs) run.start();
}
