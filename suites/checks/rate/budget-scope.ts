import { NotApplicable } from '../../support/not-applicable';
import type { Judge } from './judge';
import { firstDenial, isAllowed, LABELS, largestLimit, requireBurst, requireThrough } from './trace';

/**
 * rate.budget-scope (an observation): whose allowance the burst spent. Right after the denial one
 * request goes on a fresh connection, then one on the burst's own. A fresh connection denied, or
 * allowed without a full allowance, shares the client's; a fresh connection given a full allowance
 * while the burst's is still denied, or still nearly spent, has its own (Mattermost 1.x keys by
 * address and port). Both given one fresh allowance in turn means it reset in between.
 */
export const budgetScope: Judge = (trace, findings) => {
  requireBurst(trace);
  const denial = firstDenial(trace);
  if (!denial) throw new NotApplicable('no request of the burst was denied (see rate.limit-enforced)');
  requireThrough(trace, 'scope');
  const fresh = trace.responses.find((r) => r.label === LABELS.freshConnection);
  const again = trace.responses.find((r) => r.label === LABELS.burstAgain);
  if (!fresh || !again) throw new NotApplicable('the scope was not probed');
  const name = trace.names.rateRemaining;
  const limit = fresh.rate.limit ?? largestLimit(trace.responses);
  const left = (r: typeof fresh) =>
    isAllowed(trace, r) ? `allowed, ${name} ${r.rate.remaining ?? 'absent'}` : `denied, ${r.status}`;
  const seen = `right after the ${denial.status}, a fresh connection was ${left(fresh)}, then the burst's own ${left(again)}`;
  const full = limit !== undefined && fresh.rate.remaining === limit - 1;
  if (!isAllowed(trace, fresh) || (!full && fresh.rate.remaining !== undefined)) {
    findings.note(`The allowance belongs to the client: ${seen}.`);
  } else if (!full) {
    findings.note(`Whose allowance it is stays unknown: ${seen}.`);
  } else if (isAllowed(trace, again) && limit !== undefined && again.rate.remaining === limit - 2) {
    findings.note(`The allowance belongs to the client, and it reset in between: ${seen}.`);
  } else {
    findings.note(
      `Each connection has its own allowance (as Mattermost 1.x, which keys by address and port): ${seen}.`,
    );
  }
};
