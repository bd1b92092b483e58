import type { Findings } from '../../support/findings';
import { CannotDecide } from '../../support/not-applicable';
import { type BurstFigures, describeFigures, meterBurst, mostAllowed, mostOverdrafts } from './allowance';
import type { Judge } from './judge';
import { concludeThrough, describe, firstDenial, requireBurst, seconds, type Trace } from './trace';

/**
 * rate.limit-enforced: once the advertised allowance is spent a request is denied, with the
 * documented status; and no request is denied while the response before it still advertised
 * Remaining above 0. "Spent" is shown, never guessed (see allowance.ts): more requests allowed
 * than any reading of Limit permits, or more allowed right after Remaining 0 than refills explain.
 * A burst that could show neither, and met no denial, leaves the checker unable to decide.
 */
export const limitEnforced: Judge = (trace, findings, { contract }) => {
  requireBurst(trace);
  const status = contract.limitExceeded.status;
  const name = trace.names.rateRemaining;
  const meter = meterBurst(trace);
  const figures = meter.figures;
  const denial = firstDenial(trace);

  if (denial) {
    findings.expect(
      denial.status === status,
      `a request beyond the allowance is denied with ${status}`,
      `denied with ${denial.status} at ${describe(trace, denial)}`,
      denial.exchange,
    );
    const before = trace.responses[trace.responses.indexOf(denial) - 1];
    const left = before?.rate.remaining;
    if (before && left !== undefined && left > 0) {
      findings.violation(
        `no request is denied while the response before it advertised ${name} above 0`,
        `${describe(trace, denial)} was denied right after ${describe(trace, before)} advertised ${name} ${left}`,
        denial.exchange,
      );
    }
  }
  const exceeded = meter.exceeded;
  if (exceeded === 'count') reportCount(trace, findings, figures, status);
  if (exceeded === 'overdraft') reportOverdraft(trace, findings, figures);
  if (denial || exceeded) {
    findings.note(`${denial ? 'Denied after' : 'Never denied:'} ${describeFigures(figures)}.`);
    return concludeThrough(trace, findings, 'burst');
  }
  if (figures.limit === undefined) {
    throw new CannotDecide(
      `${describeFigures(figures)}, none denied; with no integer ${trace.names.rateLimit} there is no allowance to show exceeded`,
    );
  }
  throw new CannotDecide(
    `${describeFigures(figures)}, none denied, before the checker's cap (${trace.burst?.requestCap} requests, ${seconds(trace.burst?.timeCapMs ?? 0)}); Limit ${figures.limit} allows up to ${Math.floor(mostAllowed(figures.limit, figures.spanMs))} in that time, so the checker could not send fast enough to show the allowance exceeded`,
  );
};

function reportCount(trace: Trace, findings: Findings, f: BurstFigures, status: number) {
  const limit = f.limit as number;
  const last = trace.responses.filter((r) => r.phase === 'burst' && r.status === trace.normalStatus).pop();
  findings.violation(
    `a ${status} once the advertised allowance is spent: Limit ${limit} a second allows at most ${Math.floor(mostAllowed(limit, f.spanMs))} requests in ${seconds(f.spanMs)} (2 × Limit + Limit × seconds)`,
    `${describeFigures(f)}${f.sent > f.allowed ? '' : ', none denied'}`,
    last?.exchange,
  );
}

function reportOverdraft(trace: Trace, findings: Findings, f: BurstFigures) {
  const name = trace.names.rateRemaining;
  const first = f.firstOverdraft;
  findings.violation(
    `once ${name} reaches 0, requests are denied until a window resets or a bucket refills (Limit ${f.limit} a second at most: ${Math.floor(mostOverdrafts(f.limit as number, f.spanMs))} requests in ${seconds(f.spanMs)})`,
    `${f.overdrafts} requests were allowed right after a response advertising ${name} 0${first ? `, the first ${describe(trace, first.after)} after ${describe(trace, first.before)}` : ''}`,
    first?.after.exchange,
  );
}
