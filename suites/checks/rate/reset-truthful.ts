import { CannotDecide, NotApplicable, NothingObserved } from '../../support/not-applicable';
import { sameAllowance } from './allowance-groups';
import type { Judge } from './judge';
import { earlyFullAllowance, unreadableReset } from './reset-reading';
import { TRUTH_SLACK_MS } from './timing';
import { describe, firstDenial, LABELS, relative, requireBurst, requireThrough, seconds } from './trace';

/**
 * rate.reset-truthful: after the burst's denial, the full allowance (Remaining = Limit - 1 on an
 * allowed request) does not come back more than a second before the moment Reset named. Only the
 * full allowance counts: a bucket refills as it goes, and its Reset names when it is full again.
 * Only the denied connection's requests count, in case each connection has its own allowance,
 * unless the scope showed the allowance the client's (see sameAllowance).
 */
export const resetTruthful: Judge = (trace, findings) => {
  requireBurst(trace);
  const denial = firstDenial(trace);
  if (!denial) throw new NotApplicable('no request of the burst was denied (see rate.limit-enforced)');
  const unreadable = unreadableReset(trace, denial);
  if (unreadable) throw new NotApplicable(unreadable);
  const recovery = trace.recovery;
  const moment = recovery?.moment;
  if (!moment) {
    requireThrough(trace, 'recovery');
    throw new CannotDecide(
      recovery && 'notRun' in recovery ? recovery.notRun : 'the recovery was not attempted',
    );
  }
  const { rateRemaining, rateReset } = trace.names;
  const named = `the moment ${rateReset} ${denial.rate.reset} named (${relative(moment.earliestMs - denial.receivedAtMs)} the ${denial.status})`;
  const early = earlyFullAllowance(trace, denial, moment);
  if (early) {
    findings.violation(
      `the full allowance returns no sooner than a second before ${named}`,
      `${rateRemaining} ${early.rate.remaining}, the full allowance, at ${describe(trace, early)}: ${seconds(moment.earliestMs - early.sentAtMs)} before it`,
      early.exchange,
    );
    return;
  }
  requireThrough(trace, 'recovery');
  if (recovery && 'notRun' in recovery)
    throw new CannotDecide(`${recovery.notRun}, and no request before it found the full allowance back`);
  const probes = trace.responses.filter(
    (r) => r.label === LABELS.earlyProbe && sameAllowance(trace, denial, r),
  );
  // No pass without evidence: a moment within the second of rounding leaves nothing to observe.
  if (probes.length === 0)
    throw new NothingObserved(
      `${named}: within the ${seconds(TRUTH_SLACK_MS)} that whole-second values may round, no request can show the allowance back early`,
    );
  const elsewhere = trace.responses.filter(
    (r) => r.label === LABELS.earlyProbe && !sameAllowance(trace, denial, r),
  ).length;
  findings.note(
    `${probes.length} probe${probes.length === 1 ? '' : 's'} before ${named} found no full allowance back${elsewhere > 0 ? ` (${elsewhere} more went over a new socket and do not count)` : ''}.`,
  );
};
