import type { Findings } from '../../support/findings';
import { CannotDecide, NotApplicable } from '../../support/not-applicable';
import { type BurstFigures, describeFigures, meterAllowances, meterBurst, mostAllowed } from './allowance';
import { allowanceGroups, describeGroups } from './allowance-groups';
import type { Judge } from './judge';
import { describePlan } from './timing';
import { concludeThrough, describe, firstDenial, requireBurst, requireThrough, type Trace } from './trace';

/**
 * rate.limit-enforced: once the advertised allowance is spent a request is denied, with the
 * documented status; and no request is denied while allowance remains. Judged request by request
 * in the order the server answered (see allowance.ts): an allowed request that neither a window
 * reset nor a bucket refill explains was let through beyond the allowance; a denial right after a
 * response that advertised Remaining above 0 came while allowance remained. A burst that showed
 * neither and met no denial leaves the checker unable to decide. Where each socket has an allowance
 * of its own (allowance-groups.ts), each socket's answers are judged as one allowance; sockets that
 * each carried no more than Limit requests leave no allowance spent, and the clause does not apply.
 */
export const limitEnforced: Judge = (trace, findings, { contract }) => {
  requireBurst(trace);
  const status = contract.limitExceeded.status;
  const name = trace.names.rateRemaining;
  const groups = allowanceGroups(trace);
  const meters = meterAllowances(trace);
  const each = meters.map((m) => m.figures);
  const figures = meterBurst(trace).figures;
  const denial = firstDenial(trace);

  if (denial) {
    findings.expect(
      denial.status === status,
      `a request beyond the allowance is denied with ${status}`,
      `denied with ${denial.status} at ${describe(trace, denial)}`,
      denial.exchange,
    );
  }
  const early = each.find((f) => f.firstEarlyDenial)?.firstEarlyDenial;
  if (early) {
    findings.violation(
      `no request is denied while the response before it advertised ${name} above 0`,
      `${describe(trace, early.after)} was denied right after ${describe(trace, early.before)} advertised ${name} ${early.before.rate.remaining}${andOthers(sum(each, (f) => f.earlyDenials))}`,
      early.after.exchange,
    );
  }
  const excess = each.find((f) => f.firstExcess);
  const over = each.find((f) => f.overCount);
  if (excess) reportExcess(trace, findings, excess);
  else if (over) reportCount(trace, findings, over, status);
  const plan = trace.burst ? ` ${describePlan(trace.burst, trace.burst.sent)}.` : '';
  const scope = groups.length > 1 ? ` ${describeGroups(trace, groups)}` : '';
  const exceeded = meters.some((m) => m.exceeded);
  if (denial || exceeded) {
    findings.note(`${denial ? 'Denied after' : 'Never denied:'} ${describeFigures(figures)}.${plan}${scope}`);
    return concludeThrough(trace, findings, 'burst');
  }
  if (figures.limit === undefined) {
    throw new CannotDecide(
      `${describeFigures(figures)}, none denied; with no integer ${trace.names.rateLimit} there is no allowance to show exceeded`,
    );
  }
  const most = Math.max(...each.map((f) => f.sent));
  if (groups.length > 1 && most <= figures.limit) {
    requireThrough(trace, 'burst');
    throw new NotApplicable(
      `no socket's allowance could be spent: each socket of the burst had an allowance of its own (Limit ${figures.limit}) and carried at most ${most} request${most === 1 ? '' : 's'}${trace.burst?.pool ? ', as the target answers one request per connection' : ''} (${describeFigures(figures)}).${plan}`,
    );
  }
  throw new CannotDecide(
    `${describeFigures(figures)}, none denied, and no request shown allowed beyond the allowance before the checker's cap: the checker could not send fast enough to show the allowance exceeded.${plan}${scope}`,
  );
};

function sum(figures: readonly BurstFigures[], count: (f: BurstFigures) => number): number {
  return figures.reduce((total, f) => total + count(f), 0);
}

function andOthers(count: number): string {
  return count > 1 ? ` (and ${count - 1} more such denials)` : '';
}

function reportExcess(trace: Trace, findings: Findings, f: BurstFigures) {
  const name = trace.names.rateRemaining;
  const excess = f.firstExcess;
  if (!excess) return;
  findings.violation(
    `once the allowance is spent, a request is allowed only after a window resets (once a second) or a bucket refills (Limit ${f.limit} a second at most)`,
    `${describe(trace, excess.after)} was allowed (${name} ${excess.after.rate.remaining ?? 'absent'}) right after ${describe(trace, excess.before)} (${name} ${excess.before.rate.remaining ?? 'absent'}): ${excess.window}; ${excess.bucket}${f.excesses > 1 ? ` (${f.excesses} such requests)` : ''}`,
    excess.after.exchange,
  );
}

function reportCount(trace: Trace, findings: Findings, f: BurstFigures, status: number) {
  const limit = f.limit as number;
  const last = trace.responses.filter((r) => r.phase === 'burst' && r.status === trace.normalStatus).pop();
  findings.violation(
    `a ${status} once the advertised allowance is spent: Limit ${limit} a second allows at most ${Math.floor(mostAllowed(limit, f.spanMs))} requests in ${(f.spanMs / 1000).toFixed(3)} s, whatever Remaining says`,
    `${describeFigures(f)}${f.sent > f.allowed ? '' : ', none denied'}`,
    last?.exchange,
  );
}
