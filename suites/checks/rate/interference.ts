import { allowanceGroups, allowedOf } from './allowance-groups';
import {
  describe,
  firstDenial,
  inPhase,
  isAllowed,
  LABELS,
  showsWholeAllowance,
  type Trace,
  type TracedResponse,
} from './trace';

/**
 * What another client spending the same allowance would show in a trace: Remaining falling
 * faster than our own requests explain, or a denial our own requests do not explain. A server may
 * count that way itself (a fault), so these are only suspicions: the probe probes again to tell
 * the two apart (see contested.ts). Each names the clause whose violation it would be, and the
 * response that showed it (the one that clause's judge attaches to its violation).
 */
export interface Interference {
  clause: 'rate.remaining-decrements' | 'rate.limit-enforced' | 'rate.recovers-after-reset';
  response: TracedResponse;
  /** What was seen, in words: "X-Ratelimit-Remaining 3 → 1 at burst request 5 (200, at +812 ms)". */
  seen: string;
}

/** Every sign of another client in the trace, in the order the responses came. */
export function interferences(trace: Trace, limitStatus: number): Interference[] {
  return [...fastFalls(trace), ...earlyDenials(trace, limitStatus), ...deniedAtReset(trace, limitStatus)];
}

/** Allowed requests of the burst that lowered Remaining by two or more on one allowance: someone else spent the rest. */
function fastFalls(trace: Trace): Interference[] {
  const found: Interference[] = [];
  for (const group of allowanceGroups(trace)) found.push(...fastFallsIn(trace, allowedOf(trace, group)));
  return found;
}

function fastFallsIn(trace: Trace, allowed: readonly TracedResponse[]): Interference[] {
  const name = trace.names.rateRemaining;
  const found: Interference[] = [];
  for (let i = 1; i < allowed.length; i++) {
    const from = (allowed[i - 1] as TracedResponse).rate.remaining;
    const to = allowed[i] as TracedResponse;
    const now = to.rate.remaining;
    if (from === undefined || now === undefined || from === 0 || from - now < 2) continue;
    found.push({
      clause: 'rate.remaining-decrements',
      response: to,
      seen: `${name} ${from} → ${now} at ${describe(trace, to)}`,
    });
  }
  return found;
}

/** Denials of the burst right after an allowed response that left Remaining above 0. */
function earlyDenials(trace: Trace, limitStatus: number): Interference[] {
  return allowanceGroups(trace).flatMap((group) => earlyDenialsIn(trace, group, limitStatus));
}

function earlyDenialsIn(trace: Trace, burst: readonly TracedResponse[], limitStatus: number): Interference[] {
  const name = trace.names.rateRemaining;
  const found: Interference[] = [];
  for (let i = 1; i < burst.length; i++) {
    const before = burst[i - 1] as TracedResponse;
    const denied = burst[i] as TracedResponse;
    const left = before.rate.remaining;
    if (!isAllowed(trace, before) || left === undefined || left <= 0) continue;
    if (denied.status !== limitStatus) continue;
    found.push({
      clause: 'rate.limit-enforced',
      response: denied,
      seen: `${describe(trace, denied)} denied right after ${name} ${left}`,
    });
  }
  return found;
}

/** The recovery's requests at (and a second after) the reset moment, denied: someone else took it. */
function deniedAtReset(trace: Trace, limitStatus: number): Interference[] {
  return trace.responses
    .filter(
      (r) =>
        r.phase === 'recovery' &&
        (r.label === LABELS.atReset || r.label === LABELS.afterReset) &&
        r.status === limitStatus,
    )
    .map((r) => ({
      clause: 'rate.recovers-after-reset' as const,
      response: r,
      seen: `${describe(trace, r)} denied ${r.label}`,
    }));
}

/**
 * The target's answers to our own requests, in order, as far as the judges above read them: each
 * burst request up to its first denial (Remaining, or the denial's status), then whether the
 * recovery's requests at and after the reset moment were allowed (how full a bucket is by then
 * depends on the moment it was read). A server alone answers a probe that starts from a full
 * allowance the same way each time; another client's requests, landing elsewhere, change it.
 */
export function answersOf(trace: Trace): string[] {
  const burst = inPhase(trace, 'burst');
  const denial = firstDenial(trace);
  const upTo = denial ? burst.slice(0, burst.indexOf(denial) + 1) : burst;
  const recovery = trace.responses.flatMap((r) => {
    if (r.phase !== 'recovery') return [];
    if (r.label === LABELS.atReset || r.label === LABELS.afterReset)
      return [`${r.label}: ${isAllowed(trace, r) ? 'allowed' : r.status}`];
    // Whether a request goes at the window's end depends on when in a second the burst began; one
    // that found the allowance whole there ends the probe, and stands for one allowed at the moment.
    if (r.label === LABELS.windowTurn && showsWholeAllowance(trace, r)) return [`${LABELS.atReset}: allowed`];
    return [];
  });
  return [...upTo.map((r, i) => `burst request ${i + 1}: ${answer(trace, r)}`), ...recovery];
}

function answer(trace: Trace, r: TracedResponse): string {
  return isAllowed(trace, r)
    ? `allowed, ${trace.names.rateRemaining} ${r.rate.raw.remaining ?? 'absent'}`
    : `${r.status}`;
}
