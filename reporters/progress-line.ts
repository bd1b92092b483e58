import { STATUSES, type Status } from '../src/model/status';
import { visible } from '../src/report/visible-text';

/** Where one area of a run stands, as the progress reporter shows it. */
export interface AreaProgress {
  area: string;
  done: number;
  total: number;
  /** Clause statuses recorded so far; empty while only jest's count is known. */
  counts: Partial<Record<Status, number>>;
  /** The clause running now (shown on a terminal only). */
  current?: string;
  /** Why the area's suite did not run its clauses. */
  problem?: string;
}

/** `auth     7/11  5 pass, 1 warn, 1 error`, and the running clause or the suite's problem. */
export function progressLine(progress: AreaProgress): string {
  const head = `${progress.area.padEnd(7)}${`${progress.done}/${progress.total}`.padStart(5)}`;
  const counts = STATUSES.filter((s) => (progress.counts[s] ?? 0) > 0)
    .map((s) => `${progress.counts[s]} ${s}`)
    .join(', ');
  // The problem quotes a suite's crash, which may quote the target: shown with its control characters visible.
  const tail =
    (progress.problem === undefined ? undefined : visible(progress.problem)) ??
    (progress.current ? `${visible(progress.current)} …` : counts);
  return tail ? `${head}  ${tail}` : head;
}
