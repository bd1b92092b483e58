import type { TransportError } from '../../../src/http/client';
import type { Exchange } from '../../../src/model/exchange';
import type { RateHeaderNames, RateHeaders } from '../../../src/ratelimit/rate-headers';
import type { ResetBounds } from '../../../src/ratelimit/reset-moment';
import type { Findings } from '../../support/findings';
import { andMoreOf } from '../../support/first-of-each';
import { NotApplicable } from '../../support/not-applicable';
import type { NetworkFigures } from './network';
import type { BurstPlan } from './timing';

/**
 * What the rate probe saw of the target, in order: the data every rate judge reads. It is plain
 * data so that the judges can be tried on traces built by hand.
 */
export const PHASES = ['sample', 'burst', 'scope', 'recovery'] as const;
export type Phase = (typeof PHASES)[number];

/** The probe's labels that judges look for. */
export const LABELS = {
  freshConnection: 'a fresh connection',
  burstAgain: 'the burst connection again',
  earlyProbe: 'an early probe',
  windowTurn: "at the turn of the burst's window",
  atReset: 'at the reset moment',
  afterReset: 'a second after the reset moment',
  wholeYet: 'whether the allowance is whole again',
} as const;

/** One response, with what a rate judge needs already read from it. */
export interface TracedResponse {
  phase: Phase;
  /** What was sent, in words: "login", "burst request 12", "at the reset moment". */
  label: string;
  /** Which connection carried it: "pool" (paced), "burst#1", "fresh#1" (label#socket). */
  connection: string;
  sentAtMs: number;
  receivedAtMs: number;
  status: number;
  rate: RateHeaders;
  /** The Date header, ms since the epoch. */
  dateMs?: number;
  retryAfter?: string;
  contentType?: string;
  body: string;
  exchange: Exchange;
}

export type BurstStop =
  /** The server denied a request: the burst met the limit. */
  | 'denial'
  /** More requests were allowed than any reading of the headers permits. */
  | 'exceeded'
  | 'request-cap'
  | 'time-cap'
  /** The session's token stopped authenticating (see Trace.sessionLost). */
  | 'session-lost';

export interface Trace {
  names: RateHeaderNames;
  responses: TracedResponse[];
  /** Whether the burst presented a session token (else it went without credentials). */
  authenticated: boolean;
  /** What the burst's request answers when the limit does not deny it; any other status is a denial. */
  normalStatus: number;
  /** Why the burst and what follows it were not sent; absent when they were. */
  activeNotRun?: string;
  /**
   * The sample's answer right before the burst that showed the allowance whole (not denied, with
   * Remaining Limit - 1): the burst started one request into it (from Limit 100, see probe.ts).
   */
  wholeBeforeBurst?: TracedResponse;
  /** The round trip the sample measured, which the burst and the recovery reckon with. */
  network?: NetworkFigures;
  /** How the burst was sent and why it stopped; `sent` counts requests sent, answered or not. */
  burst?: BurstPlan & { stop: BurstStop; sent: number; timeCapMs: number };
  /** The moment the first denial's Reset named, which the recovery waited for. */
  recovery?: { moment: ResetBounds } | { notRun: string; moment?: ResetBounds };
  /** The target stopped answering during a phase; later phases were not run. */
  failure?: { phase: Phase; error: TransportError };
  /**
   * The session's token stopped authenticating: a request of the burst or after, presenting the
   * token the sample saw authenticated, was refused (401). The probe stopped there: what follows
   * would measure the lost session, not the limit (auth.session-kept judges the cause).
   */
  sessionLost?: { label: string; status: number; afterMs: number };
  /** This is the second probe of the run: the first saw signs of another client (see contested.ts). */
  reprobe?: Reprobe;
}

/** Why the rate judges cannot judge a trace whose session was lost. */
export function sessionLostNote(lost: NonNullable<Trace['sessionLost']>): string {
  return `the session stopped authenticating: see auth.session-kept (${lost.label} answered ${lost.status}, ${seconds(lost.afterMs)} after the login)`;
}

/** Why the probe ran twice, and whether the second run's answers repeated the first's. */
export interface Reprobe {
  /** What the first probe saw that another client spending the same allowance would explain. */
  firstSaw: string[];
  /** How long the probe waited before it began again (ms). */
  waitedMs: number;
  /** Whether the target answered our requests alike both times, request for request. */
  repeated: boolean;
}

/** Whether the limit let this response through (it answered as the request normally does). */
export function isAllowed(trace: Trace, response: TracedResponse): boolean {
  return response.status === trace.normalStatus;
}

/** Whether the response was allowed with the full allowance left but its own request (Remaining Limit - 1). */
export function showsWholeAllowance(trace: Trace, response: TracedResponse): boolean {
  const limit = response.rate.limit ?? largestLimit(trace.responses);
  return isAllowed(trace, response) && limit !== undefined && response.rate.remaining === limit - 1;
}

export function inPhase(trace: Trace, phase: Phase): TracedResponse[] {
  return trace.responses.filter((r) => r.phase === phase);
}

/** The burst's first denied response, if the burst met one. */
export function firstDenial(trace: Trace): TracedResponse | undefined {
  return inPhase(trace, 'burst').find((r) => !isAllowed(trace, r));
}

/** Whether any response carried any of the three rate-limit headers. */
export function advertisesLimit(responses: readonly TracedResponse[]): boolean {
  return responses.some(
    (r) =>
      r.rate.raw.limit !== undefined || r.rate.raw.remaining !== undefined || r.rate.raw.reset !== undefined,
  );
}

/** The largest integer Limit advertised, if any. */
export function largestLimit(responses: readonly TracedResponse[]): number | undefined {
  const limits = responses.map((r) => r.rate.limit).filter((l): l is number => l !== undefined);
  return limits.length === 0 ? undefined : Math.max(...limits);
}

/** A judge that needs phases up to `phase` ends in the target's transport error when one cut them short. */
export function requireThrough(trace: Trace, phase: Phase): void {
  const { failure } = trace;
  if (failure && PHASES.indexOf(failure.phase) <= PHASES.indexOf(phase)) throw failure.error;
}

/**
 * Ends a judge: a violation found decides the clause, but with none found the checker cannot say
 * the clause holds when the target stopped answering in a phase the judge reads.
 */
export function concludeThrough(trace: Trace, findings: Findings, phase: Phase): void {
  if (findings.violations.length === 0) requireThrough(trace, phase);
}

/** A judge of the burst and after: skipped, with why, when they were not sent. */
export function requireBurst(trace: Trace): void {
  if (trace.activeNotRun !== undefined) throw new NotApplicable(trace.activeNotRun);
  requireThrough(trace, 'burst');
}

/** Rate-limit headers are needed: a server that sends none at all makes the clause not applicable. */
export function requireAdvertised(trace: Trace): void {
  requireThrough(trace, 'sample');
  if (!advertisesLimit(trace.responses)) throw new NotApplicable(NO_RATE_LIMIT);
}

export const NO_RATE_LIMIT = 'the server advertises no rate limit (no rate-limit header on any response)';

/** A response as a report names it: what was sent, its status, and when, after the first request. */
export function describe(trace: Trace, response: TracedResponse): string {
  const start = trace.responses[0]?.sentAtMs ?? response.sentAtMs;
  return `${response.label} (${response.status}, at +${Math.round(response.sentAtMs - start)} ms)`;
}

/** What kind of request a label names, without its number: "burst request 12" is a "burst request". */
export function kindOf(response: TracedResponse): string {
  return response.label.replace(/ [0-9]+$/, '');
}

/** "1.5 s after" or "0.2 s before": where a moment lies from a reference moment. */
export function relative(ms: number): string {
  return ms < 0 ? `${seconds(-ms)} before` : `${seconds(ms)} after`;
}

/** Seconds with at most three decimals, for messages. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** " (and 3 more responses)" when a group has more than its first. */
export function andMore(count: number): string {
  return andMoreOf(count, 'response');
}
