import { readFileSync, writeFileSync } from 'node:fs';
import type { HeaderMap } from '../http/headers';
import { headerValue } from '../http/headers';
import { type RateHeaderNames, readRateHeaders } from './rate-headers';
import { parseHttpDate, readReset } from './reset-moment';

/** The longest the checker waits for a limit to reset before it gives up on that request. */
export const MAX_WAIT_MS = 30_000;
/** Margin after the announced reset, for whole-second rounding on the server's side. */
const RESET_MARGIN_MS = 100;

interface PacerState {
  remaining?: number;
  resetAtMs?: number;
}

/**
 * Keeps the checker under the limit the server advertises: once Remaining reaches 0 the next
 * request waits for the reset, so that only the rate suite ever meets a 429 on purpose.
 * The state can be kept in a file so that one suite hands it to the next.
 */
export class Pacer {
  private state: PacerState = {};

  constructor(
    private readonly names: RateHeaderNames,
    private readonly statePath?: string,
  ) {
    if (!statePath) return;
    try {
      this.state = JSON.parse(readFileSync(statePath, 'utf8')) as PacerState;
    } catch {
      this.state = {};
    }
  }

  /** How long to wait before the next request may go. */
  delayMs(now = Date.now()): number {
    const { remaining, resetAtMs } = this.state;
    if (remaining === undefined || remaining > 0 || resetAtMs === undefined) return 0;
    return Math.min(Math.max(0, resetAtMs + RESET_MARGIN_MS - now), MAX_WAIT_MS);
  }

  /** How long to wait after a 429: Retry-After when the server gives it, else the reset. */
  retryDelayMs(headers: HeaderMap, receivedAtMs: number): number {
    const retryAfter = Number(headerValue(headers, 'retry-after'));
    if (Number.isFinite(retryAfter) && retryAfter >= 0)
      return Math.min(retryAfter * 1000 + RESET_MARGIN_MS, MAX_WAIT_MS);
    const wait = this.delayMs(receivedAtMs);
    return wait > 0 ? wait : 1000;
  }

  observe(headers: HeaderMap, receivedAtMs: number): void {
    const rate = readRateHeaders(headers, this.names);
    if (rate.remaining === undefined) return;
    const reading =
      rate.reset === undefined
        ? undefined
        : readReset(rate.reset, receivedAtMs, parseHttpDate(headerValue(headers, 'date')));
    this.state = { remaining: rate.remaining, resetAtMs: reading?.atMs ?? receivedAtMs + 1000 };
  }

  save(): void {
    if (this.statePath) writeFileSync(this.statePath, JSON.stringify(this.state));
  }
}
