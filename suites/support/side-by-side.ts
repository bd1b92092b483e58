import { AsyncLocalStorage } from 'node:async_hooks';
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
/**
 * Of their clauses, the ones being judged now that a session-ending request waits for: all but
 * those whose checks end sessions themselves, and any clause while it waits to end one.
 */
const busy = new Set<string>();
/** The clause a request is sent for, where clauses are judged side by side. */
const judging = new AsyncLocalStorage<string>();
let changed = signal();

/** Registers an area's run to start beside the others when the allowance covers them (not the rate area's). */
export function offerSideBySide(area: Area, run: AreaRun): void {
  if (area !== RUNS_ALONE) waiting.push(run);
}

/**
 * Starts every area registered to run side by side at once, each judging all its clauses at once,
 * when the allowance the pacer knows of covers all their requests together, and a small share of
 * Limit at that: across a network the areas then cost the run only the longest chain of round
 * trips one check needs, not one check's after another's. Otherwise (a tight limit, or nothing
 * known of it yet) each area starts when its describe block begins: one after another, the areas'
 * requests spread over the windows and the pacer keeps each under the limit. Called as each area
 * begins; only the first call decides.
 */
export function startSideBySide(pacer: Pacer): void {
  const runs = waiting.splice(0);
  if (runs.length < 2) return;
  const requests = runs.reduce((sum, run) => sum + run.clauses.length, 0) * REQUESTS_PER_CLAUSE;
  if (!pacer.knownToCover(requests)) return;
  for (const run of runs) {
    unjudged.add(run.area);
    run.start({ together: true }).then(() => {
      unjudged.delete(run.area);
      wakeWaiting();
    });
  }
  // Every area closes (ends its sessions) at once when all are judged, not each as jest reaches its
  // describe block's end; each block's afterAll awaits its own. A close that fails fails there.
  everyAreaJudged().then(() => {
    for (const run of runs) run.close().catch(() => undefined);
  });
}

/**
 * Judges one clause of an area started side by side, beside every other clause of the run's areas.
 * `endsSessions`: its check may end a session of the run (the logout operation's clauses), so no
 * session-ending request waits for it (see sessionEndingTurn).
 */
export async function judgeBeside<T>(
  clauseId: string,
  endsSessions: boolean,
  judge: () => Promise<T>,
): Promise<T> {
  if (endsSessions) return judge();
  setBusy(clauseId, true);
  try {
    return await judging.run(clauseId, judge);
  } finally {
    setBusy(clauseId, false);
  }
}

/**
 * Waits before a request that ends one of the run's sessions (a logout) until no clause judged side
 * by side is in the middle of its check, but those that end sessions themselves. The document does
 * not say what a logout ends, and some servers end every session of the account ("log out
 * everywhere"): the clauses beside would lose theirs in the middle of a check. The logouts then go
 * together. A clause that ends a session unforeseen is not judging while it waits here, so that
 * it does not wait for itself.
 */
export async function sessionEndingTurn(): Promise<void> {
  const clause = judging.getStore();
  const wasBusy = clause !== undefined && busy.delete(clause);
  if (wasBusy) wakeWaiting();
  while (busy.size > 0) await changed.promise;
  if (clause !== undefined && wasBusy) busy.add(clause);
}

/**
 * Resolves once every area started side by side has judged all its clauses (at once where none
 * was): the logouts that end an area's sessions when it closes wait for it.
 */
export async function everyAreaJudged(): Promise<void> {
  while (unjudged.size > 0) await changed.promise;
}

function setBusy(clauseId: string, isBusy: boolean): void {
  if (isBusy) busy.add(clauseId);
  else busy.delete(clauseId);
  wakeWaiting();
}

/** Wakes whatever waits on the areas' or their clauses' progress, to look again. */
function wakeWaiting(): void {
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
