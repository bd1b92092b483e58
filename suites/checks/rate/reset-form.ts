import type { ResetForm } from '../../../src/ratelimit/reset-moment';
import { firstOfEach } from '../../support/first-of-each';
import { NotApplicable } from '../../support/not-applicable';
import type { Judge } from './judge';
import { backwardMoves, formOf } from './reset-reading';
import { andMore, concludeThrough, describe, requireAdvertised, seconds, type TracedResponse } from './trace';

const FORM = {
  'seconds-left': "seconds left (the examples' reading)",
  epoch: "epoch seconds (the table's reading)",
} as const;

const PINNED: Record<'seconds' | 'epoch', ResetForm> = { seconds: 'seconds-left', epoch: 'epoch' };

/**
 * rate.reset-form: every Reset value reads as seconds left (under a day) or as epoch seconds
 * within a day of the server's Date; one server keeps to one reading; and read as seconds left,
 * it falls no faster than time passes (see reset-reading.ts). `--strict reset=` pins one,
 * and the other becomes a violation. A value that is not an integer is rate.headers-integers'.
 */
export const resetFormJudge: Judge = (trace, findings, { strict }) => {
  requireAdvertised(trace);
  const name = trace.names.rateReset;
  const values = trace.responses
    .filter((r) => r.rate.reset !== undefined)
    .map((response) => ({ response, form: formOf(response) }));
  if (values.length === 0) throw new NotApplicable(`no response carried an integer ${name}`);

  const unreadable = values.filter((v) => v.form === undefined);
  for (const { first, count } of firstOfEach(unreadable, () => '')) {
    findings.violation(
      `${name} counts seconds: left in the window (under a day), or since the epoch within a day of the server's Date`,
      `${first.response.rate.reset} on ${describe(trace, first.response)}${dateOf(first.response)}${andMore(count)}`,
      first.response.exchange,
    );
  }
  const moves = backwardMoves(trace);
  const move = moves[0];
  if (move) {
    findings.violation(
      `${name} counts seconds: read as seconds left, the moment it names never moves earlier`,
      `${move.from.rate.reset} on ${describe(trace, move.from)}, then ${move.to.rate.reset} on ${describe(trace, move.to)}: ${seconds(move.byMs)} earlier within ${seconds(move.to.receivedAtMs - move.from.sentAtMs)}${andMore(moves.length)}`,
      move.to.exchange,
    );
  }
  const forms = firstOfEach(
    values.filter((v) => v.form !== undefined),
    (v) => v.form as string,
  );
  if (forms.length > 1) {
    findings.violation(
      `${name} keeps to one reading on every response`,
      forms
        .map(
          ({ first, count }) =>
            `${FORM[first.form as ResetForm]} on ${count} (e.g. ${first.response.rate.reset} on ${describe(trace, first.response)})`,
        )
        .join('; '),
      forms[1]?.first.response.exchange,
    );
  }
  const pinned = strict.reset && PINNED[strict.reset];
  for (const { first, count } of forms) {
    const form = first.form as ResetForm;
    if (pinned && form !== pinned) {
      findings.violation(
        `${name} counts ${FORM[pinned]} (--strict reset=${strict.reset})`,
        `${first.response.rate.reset}, ${FORM[form]}, on ${describe(trace, first.response)}${andMore(count)}`,
        first.response.exchange,
      );
    }
    findings.note(`${name} reads as ${FORM[form]} on ${count} of ${values.length} responses.`);
  }
  concludeThrough(trace, findings, 'burst');
};

function dateOf(response: TracedResponse): string {
  return response.dateMs === undefined ? '' : `, whose Date is ${new Date(response.dateMs).toUTCString()}`;
}
