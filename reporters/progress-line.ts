import { STATUSES, type Status } from '../src/model/status';

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
  const tail = progress.problem ?? (progress.current ? `${progress.current} …` : counts);
  return tail ? `${head}  ${tail}` : head;
}
