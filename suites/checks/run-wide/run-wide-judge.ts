import type { Contract } from '../../../src/contract/contract';
import type { LedgerEntry } from '../../../src/model/ledger';
import type { Findings } from '../../support/findings';
import { andMoreOf, firstOfEach } from '../../support/first-of-each';

/** What a run-wide judge reads of the contract. */
export type RunWideContract = Pick<
  Contract,
  'validateError' | 'validateUser' | 'login' | 'me' | 'headers' | 'limitExceeded'
>;

/**
 * One clause judged over every exchange of the run (the ledger): pure, so that it can be tried on
 * ledgers built by hand. It records violations and a note saying how many exchanges it judged.
 */
export type RunWideJudge = (
  ledger: readonly LedgerEntry[],
  findings: Findings,
  contract: RunWideContract,
) => void;

/** An offence found on one entry: `kind` groups offences that read alike, so that each kind shows once. */
export interface Offence {
  entry: LedgerEntry;
  kind: string;
  expected: string;
  actual: string;
}

/** "GET /api/v1/users/me (429, rate suite)": an entry as a message names it (its status left out when said already). */
export function describeEntry(entry: LedgerEntry, withStatus = true): string {
  const status = withStatus ? `${entry.status ?? 'no answer'}, ` : '';
  return `${entry.method} ${entry.path} (${status}${entry.suite} suite)`;
}

/**
 * Records the first offence of each kind, naming its exchange and the suite that sent it, and how
 * many of the run's exchanges the judge read: `judged` of them, described as `what`.
 */
export function reportOffences(
  findings: Findings,
  offences: readonly Offence[],
  judged: number,
  ledger: readonly LedgerEntry[],
  what: string,
): void {
  const scope = `${judged} ${what} judged, of the run's ${ledger.length} exchanges`;
  for (const { first, count } of firstOfEach(offences, (o) => o.kind)) {
    findings.violation(
      first.expected,
      `${first.actual} on ${describeEntry(first.entry)}${andMoreOf(count, 'response')}; ${scope}`,
      first.entry.exchange,
    );
  }
  if (offences.length === 0) findings.note(`Run-wide: ${scope}; each holds.`);
}
