import type { LedgerEntry, PresentedVia } from '../../../src/model/ledger';
import { NotApplicable } from '../../support/not-applicable';
import { seconds } from '../rate/trace';
import { describeEntry, type RunWideJudge } from './run-wide-judge';

/**
 * auth.session-kept: the token of every session the run's logins opened keeps authenticating until
 * the run's own logout ends it. For each session and each way of presenting it (Bearer, cookie), once
 * a request presenting it was accepted, no later request presenting it the same way is refused with
 * the documented 401 before a logout presenting it was sent. Tokens the run never received (a token
 * never issued, no token) are no session's, and are not judged here. The document does not say what
 * a logout ends: a session that another of the run's logouts ended along with every other session
 * opened before it (a server that logs the account out everywhere) was ended by the run's own logout.
 */
export const runWideSessionKept: RunWideJudge = (ledger, findings, contract) => {
  const refused = contract.me.unauthenticatedStatus;
  const sessions = [...new Set(ledger.flatMap((e) => (e.opens ? [e.opens] : [])))];
  if (sessions.length === 0)
    throw new NotApplicable('no login of the run opened a session (see auth.login-returns-token)');
  const everywhere = logoutsOfEverySession(ledger, refused);
  let judged = 0;
  let kept = 0;
  let endedEverywhere = 0;
  for (const session of sessions) {
    const opener = ledger.find((e) => e.opens === session) as LedgerEntry;
    const ended = ledger.find((e) => e.ends === session);
    const presenting = ledger.filter(
      (e) =>
        e.presents?.some((p) => p.session === session) &&
        (!ended || e.sentAtMs < ended.sentAtMs || e === ended),
    );
    judged += presenting.length;
    const lost = firstLoss(presenting, session, refused);
    if (lost === 'never-accepted') continue;
    kept++;
    if (!lost) continue;
    const refusal = lost.entry;
    if (
      everywhere.some((l) => l.ends !== session && opened(l, opener) && l.receivedAtMs <= refusal.sentAtMs)
    ) {
      endedEverywhere++;
      continue;
    }
    const logout =
      ended === lost.entry
        ? ': the logout meant to end it was itself refused'
        : ended?.status !== undefined && ended.status >= 200 && ended.status < 300
          ? `, ${seconds(ended.sentAtMs - lost.entry.sentAtMs)} before the run's logout ended it`
          : ', before any logout of the run ended it';
    findings.violation(
      `the token of a session the ${opener.suite} suite's login opened keeps authenticating: ${lost.acceptedBefore} request${lost.acceptedBefore === 1 ? '' : 's'} presenting it accepted, and every later one until the run's logout ends it`,
      `${refused} on ${describeEntry(lost.entry, false)}, ${seconds(lost.entry.sentAtMs - lost.accepted.sentAtMs)} after it was first accepted${logout}${lost.more > 0 ? ` (and ${lost.more} more refused after it)` : ''}`,
      lost.entry.exchange,
    );
  }
  if (kept === 0)
    throw new NotApplicable(
      `no request presenting the token of a session the run opened was accepted (see auth.bearer-accepted)`,
    );
  if (findings.violations.length === 0)
    findings.note(
      `Run-wide: ${sessions.length} session${sessions.length === 1 ? '' : 's'} opened, ${judged} requests presenting their tokens judged, of the run's ${ledger.length} exchanges; none refused once accepted${
        endedEverywhere > 0
          ? `, but for ${endedEverywhere} ended by the logout of another, which ended every session opened before it (the server logs the account out everywhere)`
          : ''
      }.`,
    );
};

/** Whether the login was answered before the logout was sent: the session it opened was open then. */
function opened(logout: LedgerEntry, login: LedgerEntry): boolean {
  return login.receivedAtMs <= logout.sentAtMs;
}

/**
 * The run's accepted logouts that ended every session opened before them: after one, some other
 * such session was refused, and none was accepted again.
 */
function logoutsOfEverySession(ledger: readonly LedgerEntry[], refused: number): LedgerEntry[] {
  const logins = ledger.filter((e) => e.opens !== undefined);
  return ledger.filter((logout) => {
    if (
      logout.ends === undefined ||
      logout.status === undefined ||
      logout.status < 200 ||
      logout.status > 299
    )
      return false;
    const before = new Set(
      logins.filter((l) => opened(logout, l) && l.opens !== logout.ends).map((l) => l.opens),
    );
    const after = ledger.filter(
      (e) => e.sentAtMs >= logout.receivedAtMs && e.presents?.some((p) => before.has(p.session)),
    );
    const accepted = after.some((e) => e.status !== undefined && e.status >= 200 && e.status < 300);
    return !accepted && after.some((e) => e.status === refused);
  });
}

/** A session's first refusal once accepted: the request, the first acceptance, how many came before and after. */
interface Loss {
  entry: LedgerEntry;
  accepted: LedgerEntry;
  acceptedBefore: number;
  more: number;
}

/** The first refusal after the session was first accepted the same way, and how many followed it. */
function firstLoss(
  presenting: readonly LedgerEntry[],
  session: string,
  refused: number,
): Loss | 'never-accepted' | undefined {
  const accepted = new Map<PresentedVia, LedgerEntry>();
  let loss: Loss | undefined;
  let acceptedBefore = 0;
  for (const entry of presenting) {
    for (const { via } of entry.presents?.filter((p) => p.session === session) ?? []) {
      const status = entry.status;
      if (status === undefined) continue;
      const first = accepted.get(via);
      if (status >= 200 && status < 300) {
        if (!first) accepted.set(via, entry);
        if (!loss) acceptedBefore++;
      } else if (status === refused && first) {
        if (loss) loss.more++;
        else loss = { entry, accepted: first, acceptedBefore, more: 0 };
      }
    }
  }
  return accepted.size === 0 ? 'never-accepted' : loss;
}
