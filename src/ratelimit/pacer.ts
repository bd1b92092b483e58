import { readFileSync, writeFileSync } from 'node:fs';
import type { HeaderMap } from '../http/headers';
import { headerValue } from '../http/headers';
import { type RateHeaderNames, readRateHeaders } from './rate-headers';
import { parseHttpDate, readReset } from './reset-moment';

/** The longest the checker waits for a limit to reset before it gives up on that request. */
export const MAX_WAIT_MS = 30_000;
/** Margin after the announced reset, for whole-second rounding on the server's side. */
const RESET_MARGIN_MS = 100;

/**
 * The most of a window's allowance a set of requests may take at once. Where the allowance is
 * tight, a set sent at once spends what the next requests need, and they wait out a window whose
 * end Reset names only to the second; sent one after another across a network, they would have
 * spread over it.
 */
const MOST_OF_ALLOWANCE_AT_ONCE = 0.1;

/** How many recent Date headers pin the server's clock. */
const SKEW_OBSERVATIONS = 16;

interface PacerState {
  limit?: number;
  remaining?: number;
  /** The reset the last answer named. */
  resetAtMs?: number;
  /** The earliest reset an answer of the current window named (see windowResetAtMs). */
  windowResetAtMs?: number;
  /** Whether Remaining once rose more than a bucket refilling Limit a second can: the limit has windows. */
  windowsShown?: boolean;
  /** When the request was sent whose answer `remaining` and `resetAtMs` come from. */
  fromSentAtMs?: number;
  /** For recent responses, Date minus receipt: each is at most how far the server's clock is ahead. */
  skewFloorsMs?: number[];
}

/**
 * Keeps the checker under the limit the server advertises: once Remaining reaches 0 the next
 * request waits for the reset, so that only the rate suite ever meets a 429 on purpose.
 * The state can be kept in a file: the checks before the suites hand it to them that way.
 */
export class Pacer {
  private state: PacerState = {};

  constructor(
    private readonly names: RateHeaderNames,
    statePath?: string,
  ) {
    if (!statePath) return;
    try {
      this.state = JSON.parse(readFileSync(statePath, 'utf8')) as PacerState;
    } catch {
      this.state = {};
    }
  }

  /**
   * How long to wait before the next request may go: once the allowance is spent, until the reset
   * the last answer named; where the limit has shown windows, until the earliest reset an answer
   * of the current window named (see windowResetAtMs).
   */
  delayMs(now = Date.now()): number {
    const { remaining, resetAtMs, windowResetAtMs, windowsShown } = this.state;
    if (remaining === undefined || remaining > 0 || resetAtMs === undefined) return 0;
    const goAtMs =
      (windowsShown && windowResetAtMs !== undefined ? windowResetAtMs : resetAtMs) + RESET_MARGIN_MS;
    return Math.min(Math.max(0, goAtMs - now), MAX_WAIT_MS);
  }

  /**
   * Whether `count` requests may go at once: the allowance last advertised (when one was) covers
   * every one of them, and they are a small share of Limit (MOST_OF_ALLOWANCE_AT_ONCE). A spent
   * allowance covers none, so nothing goes at once while the pacer would wait.
   */
  covers(count: number): boolean {
    const { remaining, limit } = this.state;
    if (remaining === undefined) return true;
    return remaining >= count && (limit === undefined || count <= limit * MOST_OF_ALLOWANCE_AT_ONCE);
  }

  /** As `covers`, where an answer so far advertised the allowance left: not on nothing known of it. */
  knownToCover(count: number): boolean {
    return this.state.remaining !== undefined && this.covers(count);
  }

  /**
   * The earliest moment the allowance can be whole again, as the answers so far bound it: the
   * earliest reset an answer of the current window named. Where the limit is a bucket that refills
   * slower than Limit a second it is whole only later, so a caller must see it whole (Remaining
   * Limit - 1 after one request) before relying on it.
   */
  earliestResetAtMs(): number | undefined {
    return this.state.windowResetAtMs;
  }

  /** How long to wait after a 429: Retry-After when the server gives it, else the reset. */
  retryDelayMs(headers: HeaderMap, receivedAtMs: number): number {
    const retryAfterMs = readRetryAfter(headerValue(headers, 'retry-after'), receivedAtMs, headers);
    if (retryAfterMs !== undefined) return Math.min(retryAfterMs + RESET_MARGIN_MS, MAX_WAIT_MS);
    const wait = this.delayMs(receivedAtMs);
    return wait > 0 ? wait : 1000;
  }

  /**
   * Reads the limit's state from a response. An epoch Reset is moved onto our clock by the
   * server's Date; a Date has whole seconds, so each response only bounds the skew from below
   * (see clock-skew.ts), and the largest of the recent bounds is the closest that still never
   * names the reset early. Answers to requests sent together may come back in any order: the state
   * follows the request sent last, and of requests sent at the same moment the least allowance.
   */
  observe(headers: HeaderMap, receivedAtMs: number, sentAtMs = receivedAtMs): void {
    const dateMs = parseHttpDate(headerValue(headers, 'date'));
    const floors = [...(this.state.skewFloorsMs ?? [])];
    if (dateMs !== undefined) floors.push(dateMs - receivedAtMs);
    const skewFloorsMs = floors.slice(-SKEW_OBSERVATIONS);
    const rate = readRateHeaders(headers, this.names);
    if (rate.remaining === undefined || this.isStale(rate.remaining, sentAtMs)) {
      this.state = { ...this.state, skewFloorsMs };
      return;
    }
    const skewMs = skewFloorsMs.length > 0 ? Math.max(...skewFloorsMs) : undefined;
    const reading =
      rate.reset === undefined
        ? undefined
        : readReset(rate.reset, receivedAtMs, skewMs === undefined ? undefined : receivedAtMs + skewMs);
    const namedAtMs = reading?.atMs ?? receivedAtMs + 1000;
    this.state = {
      limit: rate.limit,
      remaining: rate.remaining,
      resetAtMs: namedAtMs,
      windowResetAtMs: this.windowResetAtMs(rate.remaining, namedAtMs, receivedAtMs),
      windowsShown: this.state.windowsShown || this.risesLikeWindow(rate, receivedAtMs),
      fromSentAtMs: sentAtMs,
      skewFloorsMs,
    };
  }

  /**
   * Whether Remaining rose from the last answer to this one by more than a bucket holding Limit and
   * refilling Limit a second could have refilled between them: the limit resets in windows. A
   * bucket may refill slower than Limit a second, and then no answer but its last bounds when it
   * has refilled, so the earliest reset of a window is read only where windows were shown.
   */
  private risesLikeWindow(rate: { limit?: number; remaining?: number }, receivedAtMs: number): boolean {
    const { remaining: known, fromSentAtMs } = this.state;
    if (rate.limit === undefined || rate.remaining === undefined) return false;
    if (known === undefined || fromSentAtMs === undefined || rate.remaining <= known) return false;
    const refilledAtMost = (rate.limit * (receivedAtMs - fromSentAtMs)) / 1000 + 1;
    return rate.remaining - known > refilledAtMost;
  }

  /**
   * The reset of the window an answer belongs to: the earliest moment any of its answers named.
   * Reset counts whole seconds: a window that resets 0.3 s after its first answer is answered
   * "1" all along, so its first answer bounds the reset closest, and its last one names up to a
   * second past it. An answer belongs to the window of the answer before it while Remaining has
   * not risen; a moment already past, at which nothing reset, was named wrong and is dropped.
   */
  private windowResetAtMs(remaining: number, namedAtMs: number, receivedAtMs: number): number {
    const { remaining: known, windowResetAtMs: earliest } = this.state;
    const sameWindow =
      known !== undefined && remaining <= known && earliest !== undefined && earliest > receivedAtMs;
    return sameWindow ? Math.min(earliest, namedAtMs) : namedAtMs;
  }

  /** An answer to a request sent before the one the state comes from, or with it and more allowance left. */
  private isStale(remaining: number, sentAtMs: number): boolean {
    const { fromSentAtMs, remaining: known } = this.state;
    if (fromSentAtMs === undefined || known === undefined) return false;
    return sentAtMs < fromSentAtMs || (sentAtMs === fromSentAtMs && remaining > known);
  }

  /** Writes the state where another pacer reads it (as its `statePath`). */
  save(to: string): void {
    writeFileSync(to, JSON.stringify(this.state));
  }
}

/**
 * Retry-After as a wait in ms: delay-seconds, or an HTTP-date taken against the response's own
 * Date so that clock skew cancels out (RFC 9110 section 10.2.3).
 */
export function readRetryAfter(
  value: string | undefined,
  receivedAtMs: number,
  headers: HeaderMap,
): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^[0-9]+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = parseHttpDate(trimmed);
  if (at === undefined) return undefined;
  const serverNow = parseHttpDate(headerValue(headers, 'date')) ?? receivedAtMs;
  return Math.max(0, at - serverNow);
}
