import { inPhase, isAllowed, largestLimit, seconds, type Trace, type TracedResponse } from './trace';

/**
 * How much the advertised limit can honestly let through. Limit is "per second": a fixed
 * one-second window allows Limit in each window a span touches, and a bucket holds at most Limit
 * and refills at most Limit a second. Every rule below holds for both, so a server breaks it only
 * by letting through more than its headers allow.
 */

/** The most requests any reading of Limit lets through in `spanMs`: Limit in each window it touches. */
export function mostAllowed(limit: number, spanMs: number): number {
  return 2 * limit + (limit * spanMs) / 1000;
}

/**
 * The most requests allowed right after a response that said Remaining 0, in `spanMs`: each needs
 * a window reset or a refilled request (Limit a second at most), plus one that a bucket's rounding
 * down of Remaining may hide, plus one for the span's edge.
 */
export function mostOverdrafts(limit: number, spanMs: number): number {
  return (limit * spanMs) / 1000 + 2;
}

/** What the burst achieved, for the stop rule and for messages. */
export interface BurstFigures {
  /** Requests sent in the burst, the denial included. */
  sent: number;
  /** Requests allowed before the first denial. */
  allowed: number;
  /** From the first request sent to the last allowed one answered. */
  spanMs: number;
  /** Requests a second the checker achieved. */
  sendRate: number;
  /** The largest integer Limit advertised up to the end of the burst. */
  limit?: number;
  /** Allowed requests that came right after a response advertising Remaining 0. */
  overdrafts: number;
  /** The first of them, and the response before it. */
  firstOverdraft?: { before: TracedResponse; after: TracedResponse };
}

/**
 * Counts a burst as it goes, so that the probe's stop rule and the judge's verdict are one rule:
 * the probe feeds it each response as it arrives, a judge the trace's burst.
 */
export class AllowanceMeter {
  private figuresSoFar: BurstFigures = { sent: 0, allowed: 0, spanMs: 0, sendRate: 0, overdrafts: 0 };
  private firstSentAtMs?: number;
  private previous?: TracedResponse;

  constructor(limit?: number) {
    this.figuresSoFar.limit = limit;
  }

  /** Adds the burst's next response; only those up to the first denial count. */
  add(response: TracedResponse, allowed: boolean): void {
    const f = this.figuresSoFar;
    if (f.sent > f.allowed) return;
    this.firstSentAtMs ??= response.sentAtMs;
    f.sent++;
    f.sendRate = rate(f.sent, response.receivedAtMs - this.firstSentAtMs);
    if (response.rate.limit !== undefined) f.limit = Math.max(f.limit ?? 0, response.rate.limit);
    if (!allowed) return;
    f.allowed++;
    f.spanMs = response.receivedAtMs - this.firstSentAtMs;
    if (this.previous?.rate.remaining === 0) {
      f.overdrafts++;
      f.firstOverdraft ??= { before: this.previous, after: response };
    }
    this.previous = response;
  }

  get figures(): BurstFigures {
    return { ...this.figuresSoFar };
  }

  /** Allowed more than any reading of the headers permits: by count, or right past Remaining 0. */
  get exceeded(): 'count' | 'overdraft' | undefined {
    const { limit, allowed, overdrafts, spanMs } = this.figuresSoFar;
    if (limit === undefined) return undefined;
    if (allowed > mostAllowed(limit, spanMs)) return 'count';
    if (overdrafts > mostOverdrafts(limit, spanMs)) return 'overdraft';
    return undefined;
  }
}

/** The trace's burst, metered: the Limit known before it seeds the meter. */
export function meterBurst(trace: Trace): AllowanceMeter {
  const meter = new AllowanceMeter(largestLimit(inPhase(trace, 'sample')));
  for (const response of inPhase(trace, 'burst')) meter.add(response, isAllowed(trace, response));
  return meter;
}

function rate(count: number, spanMs: number): number {
  return spanMs > 0 ? Math.round((count * 1000) / spanMs) : 0;
}

/** "40 of 41 requests allowed in 0.012 s (3300 sent a second), Limit 10". */
export function describeFigures(figures: BurstFigures): string {
  const limit = figures.limit === undefined ? 'no integer Limit' : `Limit ${figures.limit}`;
  return `${figures.allowed} of ${figures.sent} requests allowed in ${seconds(figures.spanMs)} (${figures.sendRate} sent a second), ${limit}`;
}
