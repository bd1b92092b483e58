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

/** The areas started side by side that have not judged every clause yet. */
const unjudged = new Set<Area>();
/** Of those, the ones judging a clause now, not waiting to end a session. */
const busy = new Set<Area>();
let changed = signal();

/** Registers an area's run to start beside the others when the allowance covers them (not the rate area's). */
export function offerSideBySide(area: Area, run: AreaRun): void {
  if (area !== RUNS_ALONE) waiting.push(run);
}

/**
 * Starts every area registered to run side by side at once, when the allowance the pacer knows of
 * covers all their requests together, and a small share of Limit at that: across a network each
 * area then costs the run only its own chain of round trips, not one after another's. Otherwise
 * (a tight limit, or nothing known of it yet) each area starts when its describe block begins: one
 * after another, the areas' requests spread over the windows and the pacer keeps each under the
 * limit. Called as each area begins; only the first call decides.
 */
export function startSideBySide(pacer: Pacer): void {
  const runs = waiting.splice(0);
  if (runs.length < 2) return;
  const requests = runs.reduce((sum, run) => sum + run.clauses.length, 0) * REQUESTS_PER_CLAUSE;
  if (!pacer.knowsAllowance() || !pacer.covers(requests)) return;
  for (const run of runs) {
    unjudged.add(run.area);
    busy.add(run.area);
    run.start().then(() => {
      unjudged.delete(run.area);
      setBusy(run.area, false);
    });
  }
  // Every area closes (ends its sessions) at once when all are judged, not each as jest reaches its
  // describe block's end; each block's afterAll awaits its own. A close that fails fails there.
  everyAreaJudged().then(() => {
    for (const run of runs) run.close().catch(() => undefined);
  });
}

/**
 * Waits before a request of `area` that ends one of its sessions (a logout) until no other area
 * beside it is judging a clause. The document does not say what a logout ends, and some servers
 * end every session of the account ("log out everywhere"): the areas beside would lose theirs in
 * the middle of a check. An area waiting here is not judging, so that two areas waiting to end a
 * session do not wait for each other (they then go together: only the op area ends a session
 * before its clauses are all judged, where the document has a logout operation).
 */
export async function sessionEndingTurn(area: Area): Promise<void> {
  const wasBusy = busy.has(area);
  if (wasBusy) setBusy(area, false);
  while (busy.size > 0) await changed.promise;
  if (wasBusy) setBusy(area, true);
}

/**
 * Resolves once every area started side by side has judged all its clauses (at once where none
 * was): the logouts that end an area's sessions when it closes wait for it.
 */
export async function everyAreaJudged(): Promise<void> {
  while (unjudged.size > 0) await changed.promise;
}

function setBusy(area: Area, judging: boolean): void {
  if (judging) busy.add(area);
  else busy.delete(area);
  const { wake } = changed;
  changed = signal();
  wake();
}

function signal(): { promise: Promise<void>; wake: () => void } {
  let wake = () => {};
  const promise = new Promise<void>((resolve) => {
    wake = resolve;
  });
  return { promise, wake };
}
