import { CannotDecide, NotApplicable } from '../../support/not-applicable';
import { sameAllowance } from './allowance-groups';
import type { Judge } from './judge';
import { earlyFullAllowance, unreadableReset } from './reset-reading';
import {
  describe,
  firstDenial,
  isAllowed,
  LABELS,
  relative,
  requireBurst,
  requireThrough,
  seconds,
  showsWholeAllowance,
  type TracedResponse,
} from './trace';

/**
 * rate.recovers-after-reset: after the burst's denial, a request sent at the moment its Reset
 * names is allowed. Whole seconds round: one denied at that moment and allowed a second later
 * passes, with a note. So does the full allowance seen back before that moment, at the end of the
 * window the burst spent, when the probe sent nothing after it to spend any.
 */
export const recoversAfterReset: Judge = (trace, findings) => {
  requireBurst(trace);
  const denial = firstDenial(trace);
  if (!denial) throw new NotApplicable('no request of the burst was denied (see rate.limit-enforced)');
  const unreadable = unreadableReset(trace, denial);
  if (unreadable) throw new NotApplicable(unreadable);
  requireThrough(trace, 'recovery');
  const recovery = trace.recovery;
  if (!recovery) throw new CannotDecide('the recovery was not attempted');
  if ('notRun' in recovery) {
    // Named too far ahead to wait for: an allowance back long before it is rate.reset-truthful's.
    if (recovery.moment && earlyFullAllowance(trace, denial, recovery.moment))
      throw new NotApplicable(
        `${recovery.notRun}; the allowance was back long before it (see rate.reset-truthful)`,
      );
    throw new CannotDecide(recovery.notRun);
  }
  const after = (label: string) =>
    trace.responses.find((r) => r.phase === 'recovery' && r.label === label) as TracedResponse | undefined;
  const atReset = after(LABELS.atReset);
  const later = after(LABELS.afterReset);
  const reset = `${trace.names.rateReset} ${denial.rate.reset} (${relative(recovery.moment.latestMs - denial.receivedAtMs)} the ${denial.status})`;
  const atTurn = after(LABELS.windowTurn);
  // The allowance whole before the moment, and nothing sent after: a request then has it all.
  if (
    !atReset &&
    atTurn &&
    showsWholeAllowance(trace, atTurn) &&
    sameAllowance(trace, denial, atTurn) &&
    atTurn.sentAtMs < recovery.moment.latestMs &&
    atTurn === trace.responses.at(-1)
  ) {
    findings.note(
      `The full allowance was back when the window the burst spent ended, ${seconds(recovery.moment.latestMs - atTurn.sentAtMs)} before the moment ${reset} named (${trace.names.rateRemaining} ${atTurn.rate.remaining}); nothing was sent after it, so a request at that moment has the whole allowance.`,
    );
    return;
  }
  if (!atReset) throw new CannotDecide('no request was sent at the reset moment');
  const socket = (r: TracedResponse) =>
    r.connection === denial.connection ? '' : ' (over a new socket: the server had closed the denied one)';
  if (isAllowed(trace, atReset)) {
    findings.note(`Allowed at the moment ${reset} named${socket(atReset)}.`);
    return;
  }
  if (later && isAllowed(trace, later)) {
    findings.note(
      `Denied at the moment ${reset} named, allowed a second later${socket(later)}: the value looks rounded down to whole seconds.`,
    );
    return;
  }
  findings.violation(
    `a request sent at the moment ${reset} named is allowed, a second later at the latest`,
    `${describe(trace, atReset)}${later ? ` and ${describe(trace, later)}` : ''}`,
    (later ?? atReset).exchange,
  );
};
