import type { SkewBounds } from './clock-skew';

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

/** The moment a Reset value names, as a range on the checker's clock: timing and Date blur it. */
export interface ResetBounds {
  form: ResetForm;
  earliestMs: number;
  latestMs: number;
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
  const form = resetForm(value, serverDateMs ?? receivedAtMs);
  if (form === 'seconds-left') return { form, atMs: receivedAtMs + value * 1000 };
  if (form === undefined) return undefined;
  // Date has whole-second resolution: the server's clock is ahead of ours by about this much.
  const skewMs = serverDateMs === undefined ? 0 : serverDateMs - receivedAtMs;
  return { form: 'epoch', atMs: value * 1000 - skewMs };
}

/** Which reading a Reset value fits, given the server's clock (ms since the epoch). */
export function resetForm(value: number, serverNowMs: number): ResetForm | undefined {
  if (value < DAY_SECONDS) return 'seconds-left';
  return Math.abs(value - serverNowMs / 1000) <= DAY_SECONDS ? 'epoch' : undefined;
}

/**
 * The range of moments a Reset value may name. Seconds left count from when the server answered,
 * somewhere between our send and our receipt; epoch seconds are moved onto our clock by the skew
 * (see clock-skew.ts), taken as zero when no response carried a Date.
 */
export function readResetBounds(
  value: number,
  timing: { sentAtMs: number; receivedAtMs: number },
  skew?: SkewBounds,
): ResetBounds | undefined {
  const serverNowMs = timing.receivedAtMs + (skew ? (skew.lowMs + skew.highMs) / 2 : 0);
  const form = resetForm(value, serverNowMs);
  if (form === undefined) return undefined;
  if (form === 'seconds-left') {
    return { form, earliestMs: timing.sentAtMs + value * 1000, latestMs: timing.receivedAtMs + value * 1000 };
  }
  return {
    form,
    earliestMs: value * 1000 - (skew?.highMs ?? 0),
    latestMs: value * 1000 - (skew?.lowMs ?? 0),
  };
}

/** The Date header as ms since the epoch, or undefined when absent or unreadable. */
export function parseHttpDate(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
