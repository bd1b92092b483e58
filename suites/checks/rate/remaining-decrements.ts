import type { Findings } from '../../support/findings';
import { NotApplicable, NothingObserved } from '../../support/not-applicable';
import { allowanceGroups, allowedOf, describeGroups } from './allowance-groups';
import type { Judge } from './judge';
import {
  concludeThrough,
  describe,
  largestLimit,
  requireBurst,
  requireThrough,
  seconds,
  type Trace,
  type TracedResponse,
} from './trace';

interface Step {
  from: TracedResponse;
  to: TracedResponse;
  /** How much Remaining fell: 1 is a decrement, 0 or less a reset or refill, 2 or more a violation. */
  fall: number;
}

/** Drops of 2 or more reported one by one, at most this many. */
const MAX_REPORTED_DROPS = 3;

/**
 * rate.remaining-decrements: within the burst, before its first denial, each request lowers
 * Remaining by exactly one. It may stay or rise only where the limit refilled: a fixed window
 * resets at most once a second, a bucket refills at most Limit a second ("per second"). Steps from
 * Remaining 0 (requests beyond the allowance) are rate.limit-enforced's; steps from or to a value
 * above Limit are rate.remaining-in-range's. Where each socket has an allowance of its own
 * (allowance-groups.ts), steps are followed socket by socket.
 */
export const remainingDecrements: Judge = (trace, findings) => {
  requireBurst(trace);
  const name = trace.names.rateRemaining;
  const groups = allowanceGroups(trace).map((group) => allowedOf(trace, group));
  const allowed = groups.flat();
  if (!allowed.some((r) => r.rate.remaining !== undefined))
    throw new NotApplicable(`no allowed request of the burst carried an integer ${name}`);
  const limit = largestLimit(trace.responses) ?? Math.max(...allowed.map((r) => r.rate.remaining ?? 0)) + 1;
  const byGroup = groups.map(stepsOf);
  const steps = byGroup.flat();
  const scope = groups.length > 1 ? ` ${describeGroups(trace, groups)}` : '';
  // No pass without evidence: with Limit 1 every allowed request leaves 0, and there is no step.
  if (steps.length === 0) {
    requireThrough(trace, 'burst');
    throw new NothingObserved(
      `no step to follow: no request of the burst that left ${name} above 0 was followed by another allowed one${groups.length > 1 ? ' on the same socket' : ''} (${allowed.length} allowed, Limit ${limit}).${scope}`,
    );
  }

  const drops = steps.filter((s) => s.fall >= 2);
  for (const step of drops.slice(0, MAX_REPORTED_DROPS)) {
    findings.violation(
      `each request lowers ${name} by exactly one`,
      `${step.from.rate.remaining} → ${step.to.rate.remaining} from ${describe(trace, step.from)} to ${describe(trace, step.to)}`,
      step.to.exchange,
    );
  }
  if (drops.length > MAX_REPORTED_DROPS)
    findings.note(`${drops.length} steps fell by two or more; the first ${MAX_REPORTED_DROPS} are shown.`);

  const decrements = steps.filter((s) => s.fall === 1).length;
  const refills = steps.filter((s) => s.fall <= 0);
  for (const [i, group] of groups.entries())
    reportTooManyRefills(trace, findings, group, byGroup[i] ?? [], limit);
  findings.note(
    `${decrements} of ${steps.length} steps lowered ${name} by one${refills.length > 0 ? `, ${refills.length} were a reset or refill` : ''}.${scope}`,
  );
  concludeThrough(trace, findings, 'burst');
};

/** One allowance whose Remaining stayed or rose more often than windows or a bucket explain. */
function reportTooManyRefills(
  trace: Trace,
  findings: Findings,
  allowed: readonly TracedResponse[],
  steps: readonly Step[],
  limit: number,
): void {
  const name = trace.names.rateRemaining;
  const decrements = steps.filter((s) => s.fall === 1).length;
  const refills = steps.filter((s) => s.fall <= 0);
  const refilled = refills.reduce((sum, s) => sum + 1 - s.fall, 0);
  const first = allowed[0];
  const last = allowed[allowed.length - 1];
  const example = refills[0];
  if (!first || !last || !example) return;
  const spanMs = last.receivedAtMs - first.sentAtMs;
  const byWindows = refills.length <= Math.floor(spanMs / 1000) + 1;
  const byBucket = refilled <= (limit * spanMs) / 1000 + 1;
  if (byWindows || byBucket) return;
  findings.violation(
    `each request lowers ${name} by one; it stays or rises only when a window resets (once a second at most) or a bucket refills (Limit ${limit} a second at most)`,
    `it stayed or rose on ${refills.length} of ${steps.length} steps within ${seconds(spanMs)}${decrements === 0 ? ' and never fell' : ''}, e.g. ${example.from.rate.remaining} → ${example.to.rate.remaining} at ${describe(trace, example.to)}`,
    example.to.exchange,
  );
}

function stepsOf(allowed: readonly TracedResponse[]): Step[] {
  const steps: Step[] = [];
  for (let i = 1; i < allowed.length; i++) {
    const from = allowed[i - 1] as TracedResponse;
    const to = allowed[i] as TracedResponse;
    const a = from.rate.remaining;
    const b = to.rate.remaining;
    if (a === undefined || b === undefined || a === 0) continue;
    if (outOfRange(from) || outOfRange(to)) continue;
    steps.push({ from, to, fall: a - b });
  }
  return steps;
}

function outOfRange(response: TracedResponse): boolean {
  const { remaining, limit } = response.rate;
  return remaining !== undefined && limit !== undefined && remaining > limit;
}
