import { NotApplicable } from '../../support/not-applicable';
import type { Judge } from './judge';
import { sessionLostNote } from './trace';

/**
 * The rate judges of a trace whose session stopped authenticating skip, naming the cause: the
 * probe stopped there, and what it met was the lost session, not the limit.
 */
export function unlessSessionLost(judges: Record<string, Judge>): Record<string, Judge> {
  return Object.fromEntries(
    Object.entries(judges).map(([id, judge]): [string, Judge] => [
      id,
      (trace, findings, context) => {
        if (trace.sessionLost) throw new NotApplicable(sessionLostNote(trace.sessionLost));
        judge(trace, findings, context);
      },
    ]),
  );
}
