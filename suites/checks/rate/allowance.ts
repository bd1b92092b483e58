import { allowanceGroups } from './allowance-groups';
import { pathFloorMs } from './network';
import { inPhase, isAllowed, largestLimit, seconds, type Trace, type TracedResponse } from './trace';

/**
 * How much the advertised allowance lets through, judged request by request in the order the
 * server saw them (one pipelined connection answers in the order it was sent). Limit is "per
 * second", and the document allows two readings of it:
 * - a window: Remaining falls by one per allowed request and rises back to Limit - 1 when a
 *   one-second window resets, which happens at most once a second;
 * - a bucket: it holds at most Limit, and refills at most Limit a second; right after a response
 *   that said Remaining r it holds less than r + 1 (exactly Limit - 1 when r is Limit - 1).
 * A request allowed where neither reading can explain it was let through beyond the allowance.
 */

/** A window resets at most this often. */
export const WINDOW_MS = 1000;

/** The most requests any reading of Limit lets through in `spanMs`, whatever the headers say. */
export function mostAllowed(limit: number, spanMs: number): number {
  return 2 * limit + (limit * spanMs) / 1000;
}

/** An allowed request that neither reading of the headers explains. */
export interface Excess {
  before: TracedResponse;
  after: TracedResponse;
  /** Why a window does not explain it. */
  window: string;
  /** Why a bucket does not explain it. */
  bucket: string;
}

/** What the burst achieved, for the stop rule and for messages. */
export interface BurstFigures {
  /** Requests answered in the burst. */
  sent: number;
  /** Requests allowed in the burst. */
  allowed: number;
  /** Requests allowed before the first denial. */
  allowedBeforeDenial: number;
  /** From the first request sent to the last answered. */
  spanMs: number;
  /** Requests a second the checker achieved. */
  sendRate: number;
  /** The largest integer Limit advertised up to the end of the burst. */
  limit?: number;
  /** Allowed requests no reading explains, and the first of them. */
  excesses: number;
  firstExcess?: Excess;
  /** Denied requests right after a response that said allowance remained, and the first of them. */
  earlyDenials: number;
  firstEarlyDenial?: { before: TracedResponse; after: TracedResponse };
  /** More allowed than any reading of Limit permits, whatever Remaining said (the loose count rule). */
  overCount: boolean;
}

/** A response after which a bucket's content is known: at most `tokens`. */
interface Anchor {
  response: TracedResponse;
  tokens: number;
  /** Allowed requests up to and including it. */
  allowedSoFar: number;
}

/**
 * Reads a burst as it goes, so that the probe's stop rule and the judge's verdict are one rule:
 * the probe feeds it each response as it arrives (in the order sent), a judge the trace's burst.
 */
export class AllowanceMeter {
  private readonly f: BurstFigures = {
    sent: 0,
    allowed: 0,
    allowedBeforeDenial: 0,
    spanMs: 0,
    sendRate: 0,
    excesses: 0,
    earlyDenials: 0,
    overCount: false,
  };
  private firstSentAtMs?: number;
  private previous?: { response: TracedResponse; allowed: boolean };
  private lastReset?: { fromSentAtMs: number };
  private readonly anchors: Anchor[] = [];
  private denied = false;

  /**
   * @param limit the Limit known before the burst
   * @param pathFloor the least time a round trip spends on the network (ms): subtracted from a
   *   span measured between our clocks to bound the span the server saw
   */
  constructor(
    limit?: number,
    private pathFloor = 0,
  ) {
    this.f.limit = limit;
  }

  /** Adds the burst's next response, in the order the server answered. */
  add(response: TracedResponse, allowed: boolean): void {
    const f = this.f;
    this.firstSentAtMs ??= response.sentAtMs;
    f.sent++;
    f.spanMs = response.receivedAtMs - this.firstSentAtMs;
    f.sendRate = f.spanMs > 0 ? Math.round((f.sent * 1000) / f.spanMs) : 0;
    if (response.rate.limit !== undefined) f.limit = Math.max(f.limit ?? 0, response.rate.limit);
    const before = this.previous?.response;
    const spentBefore = this.previous?.allowed ?? false;
    if (allowed) {
      f.allowed++;
      if (!this.denied) f.allowedBeforeDenial++;
      if (f.limit !== undefined && f.allowed > mostAllowed(f.limit, f.spanMs)) f.overCount = true;
      if (before && f.limit !== undefined) this.judgeAllowed(before, spentBefore, response, f.limit);
    } else {
      this.denied = true;
      // Only an allowed response's Remaining counts: a denial's is rate.limit-response-headers'.
      const left = spentBefore ? before?.rate.remaining : undefined;
      if (before && left !== undefined && left > 0) {
        f.earlyDenials++;
        f.firstEarlyDenial ??= { before, after: response };
      }
    }
    this.addAnchor(response);
    this.previous = { response, allowed };
  }

  /**
   * Starts from the answer right before the burst that showed the allowance whole (see
   * Trace.wholeBeforeBurst): a bucket's content is known exactly after it, so every request of the
   * burst is judged against it too. It is not counted among the burst's requests.
   */
  startFrom(whole: TracedResponse): void {
    this.addAnchor(whole);
  }

  get figures(): BurstFigures {
    return { ...this.f };
  }

  /** Whether the burst has shown the allowance exceeded: the probe stops sending then. */
  get exceeded(): boolean {
    return this.f.excesses > 0 || this.f.overCount;
  }

  private judgeAllowed(before: TracedResponse, spent: boolean, after: TracedResponse, limit: number): void {
    const window = this.windowMisfit(before, spent, after, limit);
    if (window === undefined) return;
    const bucket = this.bucketMisfit(after, limit);
    if (bucket === undefined) return;
    this.f.excesses++;
    this.f.firstExcess ??= { before, after, window, bucket };
  }

  /** Why a one-second window cannot have allowed `after`, or undefined when it can. */
  private windowMisfit(
    before: TracedResponse,
    spent: boolean,
    after: TracedResponse,
    limit: number,
  ): string | undefined {
    const was = before.rate.remaining;
    const now = after.rate.remaining;
    // Allowance was left and this request took some: no reset needed.
    if (spent && was !== undefined && was > 0 && (now === undefined || now < was)) return undefined;
    // Otherwise a window must have reset between the two.
    if (now !== undefined && now !== limit - 1)
      return `a window that reset would leave ${limit - 1}, not ${now}`;
    if (this.lastReset && after.receivedAtMs - this.lastReset.fromSentAtMs < WINDOW_MS)
      return `a window resets once a second, and it would have reset twice within ${seconds(after.receivedAtMs - this.lastReset.fromSentAtMs)}`;
    this.lastReset = { fromSentAtMs: before.sentAtMs };
    return undefined;
  }

  /** Why a bucket of Limit refilling Limit a second cannot have allowed `after`, or undefined. */
  private bucketMisfit(after: TracedResponse, limit: number): string | undefined {
    for (const anchor of this.anchors) {
      const spanMs = Math.max(0, after.receivedAtMs - anchor.response.sentAtMs - this.pathFloor);
      const allowedSince = this.f.allowed - anchor.allowedSoFar;
      const most = anchor.tokens + (limit * spanMs) / 1000;
      if (allowedSince > most + 1e-9)
        return `${allowedSince} allowed within ${seconds(spanMs)} of the server's time after ${anchor.response.label} said ${anchor.response.rate.remaining}, where a bucket holds at most ${Number(most.toFixed(2))}`;
    }
    return undefined;
  }

  private addAnchor(response: TracedResponse): void {
    const r = response.rate.remaining;
    const limit = this.f.limit;
    if (r === undefined || limit === undefined || r >= limit) return;
    // Remaining rounds a bucket's content down; only a full one (Limit - 1 left) is known exactly.
    const tokens = r === limit - 1 ? r : r + 0.999;
    // An earlier anchor that allows as many or more is never the tighter bound: drop it.
    const budget = tokens + this.f.allowed;
    while (this.anchors.length > 0) {
      const last = this.anchors[this.anchors.length - 1] as Anchor;
      if (last.tokens + last.allowedSoFar < budget) break;
      this.anchors.pop();
    }
    this.anchors.push({ response, tokens, allowedSoFar: this.f.allowed });
  }
}

/** The trace's burst, metered: the Limit known before it seeds the meter. */
export function meterBurst(trace: Trace): AllowanceMeter {
  return meterResponses(trace, inPhase(trace, 'burst'));
}

/** Each allowance of the burst metered on its own (one per socket where the limiter keys by connection). */
export function meterAllowances(trace: Trace): AllowanceMeter[] {
  return allowanceGroups(trace).map((group) => meterResponses(trace, group));
}

function meterResponses(trace: Trace, responses: readonly TracedResponse[]): AllowanceMeter {
  const meter = new AllowanceMeter(largestLimit(inPhase(trace, 'sample')), pathFloorMs(trace.responses));
  // Only an answer on the same socket: where each socket has an allowance of its own, another's
  // answer says nothing of this one's.
  const whole = trace.wholeBeforeBurst;
  if (whole && responses[0]?.connection === whole.connection) meter.startFrom(whole);
  for (const response of responses) meter.add(response, isAllowed(trace, response));
  return meter;
}

/** "40 of 41 requests allowed in 0.012 s (3300 sent a second), Limit 10". */
export function describeFigures(figures: BurstFigures): string {
  const limit = figures.limit === undefined ? 'no integer Limit' : `Limit ${figures.limit}`;
  return `${figures.allowed} of ${figures.sent} requests allowed in ${seconds(figures.spanMs)} (${figures.sendRate} sent a second), ${limit}`;
}
