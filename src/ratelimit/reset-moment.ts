/**
 * X-Ratelimit-Reset has two readings in the source document: seconds left in the window (the
 * examples' `1`) and epoch seconds (the table, `1441983590`). A value is read as epoch seconds
 * when it lies within a day of the server's clock, as seconds left when it is shorter than a day;
 * anything else fits neither reading.
 */
export type ResetForm = 'seconds-left' | 'epoch';

export interface ResetReading {
  form: ResetForm;
  /** The moment the limit resets, on the checker's clock (ms since the epoch). */
  atMs: number;
}

const DAY_SECONDS = 86_400;

/**
 * @param value the header's integer value
 * @param receivedAtMs when the response arrived, on the checker's clock
 * @param serverDateMs the response's Date header, when it has one: it corrects for clock skew
 */
export function readReset(
  value: number,
  receivedAtMs: number,
  serverDateMs?: number,
): ResetReading | undefined {
  if (value < DAY_SECONDS) return { form: 'seconds-left', atMs: receivedAtMs + value * 1000 };
  const serverNowSeconds = (serverDateMs ?? receivedAtMs) / 1000;
  if (Math.abs(value - serverNowSeconds) > DAY_SECONDS) return undefined;
  // Date has whole-second resolution: the server's clock is ahead of ours by about this much.
  const skewMs = serverDateMs === undefined ? 0 : serverDateMs - receivedAtMs;
  return { form: 'epoch', atMs: value * 1000 - skewMs };
}

/** The Date header as ms since the epoch, or undefined when absent or unreadable. */
export function parseHttpDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
