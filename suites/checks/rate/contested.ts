import { Findings } from '../../support/findings';
import { CannotDecide } from '../../support/not-applicable';
import { answersOf, type Interference, interferences } from './interference';
import type { Judge } from './judge';
import type { ProbeIo } from './probe-io';
import { REPROBE_WAIT_MS } from './timing';
import { isAllowed, type Reprobe, seconds, type Trace } from './trace';

/** Why a violation another client explains is no fail: the checker cannot tell whose requests spent it. */
export const ANOTHER_CLIENT = 'another client is using this allowance';

/**
 * CI jobs often share one account: where the first trace shows what another client spending the
 * same allowance would show (interference.ts), the probe waits a random moment (so that two
 * checkers started together part) and probes once more; the judges read the second trace. A
 * server alone answers the second probe as it answered the first, request for request, and then
 * what it showed is its own doing; answers that changed mean someone else was there.
 */
export async function probeAgainIfContested(
  io: Pick<ProbeIo, 'limitStatus' | 'sleep'>,
  probe: () => Promise<Trace>,
  random: () => number = Math.random,
): Promise<Trace> {
  const first = await probe();
  const seen = interferences(first, io.limitStatus);
  if (seen.length === 0 || !mayProbeAgain(first, io.limitStatus)) return first;
  const waitedMs = Math.round(random() * REPROBE_WAIT_MS);
  await io.sleep(waitedMs);
  const second = await probe();
  const before = answersOf(first);
  const after = answersOf(second);
  const repeated = before.length === after.length && before.every((a, i) => a === after[i]);
  second.reprobe = { firstSaw: seen.map((i) => i.seen), waitedMs, repeated };
  return second;
}

/**
 * Only a whole probe is repeated: never one cut short by the target (a transport failure), one
 * whose burst was not sent (--safe, nothing that needs it selected), or one where a request was
 * answered neither as allowed nor as denied (a session lost is no other client's doing).
 */
function mayProbeAgain(trace: Trace, limitStatus: number): boolean {
  if (trace.failure || trace.sessionLost || trace.activeNotRun !== undefined || !trace.burst) return false;
  return trace.responses.every(
    (r) => r.phase === 'sample' || isAllowed(trace, r) || r.status === limitStatus,
  );
}

/**
 * A rate judge whose violations another client could cause: on a second probe whose answers did
 * not repeat the first's, each violation shown by a response that another client explains is
 * dropped, and a clause left with none of its own is an `error` saying so, never a `fail`. A
 * second probe that answered alike leaves the judge's verdict as it is: the server counts that way.
 */
export function contestable(clause: Interference['clause'], judge: Judge): Judge {
  return (trace, findings, context) => {
    const reprobe = trace.reprobe;
    if (!reprobe) return judge(trace, findings, context);
    const own = new Findings();
    judge(trace, own, context);
    const contested = reprobe.repeated
      ? []
      : interferences(trace, context.contract.limitExceeded.status).filter((i) => i.clause === clause);
    const dropped: Interference[] = [];
    for (const violation of own.violations) {
      const exchange = violation.exchange === undefined ? undefined : own.evidence[violation.exchange];
      const other = contested.find((i) => i.response.exchange === exchange);
      if (other) dropped.push(other);
      else findings.violation(violation.expected, violation.actual, exchange);
    }
    if (own.noteText) findings.note(own.noteText);
    findings.note(describeReprobe(reprobe));
    if (dropped.length > 0 && findings.violations.length === 0) {
      throw new CannotDecide(
        `${ANOTHER_CLIENT}: probed twice, the answers changed, and both times showed what another client's requests explain (first: ${reprobe.firstSaw[0]}; then: ${dropped.map((i) => i.seen).join('; ')}). ${describeReprobe(reprobe)}`,
      );
    }
  };
}

/** What the report says of a second probe. */
export function describeReprobe(reprobe: Reprobe): string {
  const more = reprobe.firstSaw.length > 1 ? ` (and ${reprobe.firstSaw.length - 1} more)` : '';
  const first = `The rate probe ran twice: the first saw ${reprobe.firstSaw[0]}${more}, which another client spending the same allowance would explain; it probed again ${seconds(reprobe.waitedMs)} later`;
  return reprobe.repeated
    ? `${first} and got the same answers, request for request: the server itself counts that way.`
    : `${first}, and what is judged here is the second probe.`;
}
