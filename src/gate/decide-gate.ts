import type { Level } from '../model/level';
import type { Status } from '../model/status';
import type { Gate, Verdict } from '../report/report';
import { failingStatuses, undecidedGated } from '../report/verdict';
import { type Baseline, type BaselineStatus, compareWithBaseline, isBroken } from './baseline';
import { isExpired, type Waiver, waiverFor, waiverMatches } from './waiver';

type Judged = { id: string; level: Level; status: Status };

/** A waiver as it applied to one broken clause: expired, it no longer excuses the clause. */
export interface AppliedWaiver extends Waiver {
  expired: boolean;
}

/** What the gate says of one clause, beside its status. */
export interface ClauseGate {
  waiver?: AppliedWaiver;
  baseline?: BaselineStatus;
}

export interface GateInputs {
  gate: Gate;
  waivers?: readonly Waiver[];
  baseline?: Pick<Baseline, 'clauses'>;
  /** The day waivers are judged on (their expiry). */
  today: Date;
}

export interface GateDecision {
  verdict: Verdict;
  /** The clauses that fail the gate, in the order given. */
  gateFailures: string[];
  /** Every clause a waiver or the baseline says something about. */
  clauses: Map<string, ClauseGate>;
  /** Waivers whose clauses all hold now: a warning, never a failure. */
  stale: Waiver[];
}

/**
 * The gate: a clause fails it when it is broken at a level `--fail-on` answers for, no unexpired
 * waiver excuses it, and (with a baseline) it did not already fail in the baseline run. Then, as
 * without waivers, a gated clause the checker could not decide leaves the verdict `undecided`.
 */
export function decideGate(clauses: readonly Judged[], inputs: GateInputs): GateDecision {
  const waivers = inputs.waivers ?? [];
  const compared = inputs.baseline ? compareWithBaseline(clauses, inputs.baseline) : undefined;
  const failing = failingStatuses(inputs.gate);
  const notes = new Map<string, ClauseGate>();
  const gateFailures: string[] = [];
  for (const clause of clauses) {
    const note: ClauseGate = {};
    const waiver = isBroken(clause.status) ? waiverFor(waivers, clause.id) : undefined;
    if (waiver) note.waiver = { ...waiver, expired: isExpired(waiver, inputs.today) };
    const baseline = compared?.get(clause.id);
    if (baseline) note.baseline = baseline;
    if (note.waiver || note.baseline) notes.set(clause.id, note);

    const excused = (note.waiver && !note.waiver.expired) || note.baseline === 'still-failing';
    if (failing.includes(clause.status) && !excused) gateFailures.push(clause.id);
  }
  const verdict: Verdict =
    gateFailures.length > 0 ? 'fail' : undecidedGated(clauses, inputs.gate).length > 0 ? 'undecided' : 'pass';
  return { verdict, gateFailures, clauses: notes, stale: staleWaivers(clauses, waivers) };
}

/**
 * A waiver is stale when every clause it names was decided and holds: none is broken, none was
 * skipped or undecided (a clause left out of this run says nothing about the waiver).
 */
export function staleWaivers(clauses: readonly Judged[], waivers: readonly Waiver[]): Waiver[] {
  return waivers.filter((waiver) => {
    const named = clauses.filter((c) => waiverMatches(waiver, c.id));
    return named.length > 0 && named.every((c) => c.status === 'pass' || c.status === 'info');
  });
}
