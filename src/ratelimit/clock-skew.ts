/**
 * How far the server's clock runs ahead of the checker's, read from Date headers. Date has
 * whole-second resolution (RFC 9110 section 5.6.7 truncates), so one response only pins the skew
 * to a range: the server stamped it somewhere between our send and our receipt, at a moment in
 * [Date, Date + 1 s). Many responses, some on either side of a second boundary, narrow it.
 */
export interface SkewBounds {
  /** The server's clock minus ours, at least (ms). */
  lowMs: number;
  /** The server's clock minus ours, at most (ms). */
  highMs: number;
}

export interface DatedTiming {
  sentAtMs: number;
  receivedAtMs: number;
  /** The response's Date header, ms since the epoch. */
  dateMs?: number;
}

/** The skew every dated response agrees with, or undefined when none carries a Date. */
export function estimateSkew(timings: readonly DatedTiming[]): SkewBounds | undefined {
  const ranges = timings
    .filter((t): t is Required<DatedTiming> => t.dateMs !== undefined)
    .map((t) => ({ lowMs: t.dateMs - t.receivedAtMs, highMs: t.dateMs + 1000 - t.sentAtMs }));
  if (ranges.length === 0) return undefined;
  const lowMs = Math.max(...ranges.map((r) => r.lowMs));
  const highMs = Math.min(...ranges.map((r) => r.highMs));
  if (lowMs <= highMs) return { lowMs, highMs };
  // The ranges disagree (a Date rounded rather than truncated, a clock step): keep all of them.
  return {
    lowMs: Math.min(...ranges.map((r) => r.lowMs)),
    highMs: Math.max(...ranges.map((r) => r.highMs)),
  };
}
