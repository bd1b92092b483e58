import type { ReportClause } from '../report/report';
import { BASELINE_STATUSES, type Baseline, type BaselineStatus, type SpecIdentity } from './baseline';
import type { GateDecision } from './decide-gate';
import type { Waiver, WaiverFile } from './waiver';

/** What the report records of the waivers a run was given. */
export interface WaiversRecord {
  file: string;
  /** How many waivers the file holds. */
  count: number;
  /** Waivers whose clauses all hold now: remove them. */
  stale: Waiver[];
}

/** What the report records of the baseline a run was compared with. */
export interface BaselineRecord {
  file: string;
  /** When the baseline run started. */
  startedAt: string;
  /** The baseline's target URL. */
  target: string;
  spec?: SpecIdentity;
  /** Set when --baseline-any made the run use a baseline of another spec version or target: why it did not match. */
  mismatch?: string;
  counts: Record<BaselineStatus, number>;
}

/** The gate's inputs as RunFacts carries them into the report. */
export interface GateFacts {
  spec?: SpecIdentity;
  waivers?: WaiverFile;
  baseline?: Baseline & { mismatch?: string };
}

/** Each clause with what the gate says of it: its waiver (when broken) and its standing against the baseline. */
export function withGateNotes(clauses: readonly ReportClause[], decision: GateDecision): ReportClause[] {
  return clauses.map((clause) => {
    const note = decision.clauses.get(clause.id);
    if (!note) return clause;
    return {
      ...clause,
      ...(note.waiver ? { waiver: note.waiver } : {}),
      ...(note.baseline ? { baseline: note.baseline } : {}),
    };
  });
}

/** The report's top-level fields for the spec, the waivers and the baseline; absent when not given. */
export function gateRecord(
  facts: GateFacts,
  decision: GateDecision,
): { spec?: SpecIdentity; waivers?: WaiversRecord; baseline?: BaselineRecord } {
  const record: { spec?: SpecIdentity; waivers?: WaiversRecord; baseline?: BaselineRecord } = {};
  if (facts.spec) record.spec = facts.spec;
  if (facts.waivers) {
    record.waivers = { file: facts.waivers.file, count: facts.waivers.waivers.length, stale: decision.stale };
  }
  if (facts.baseline) {
    const counts = Object.fromEntries(BASELINE_STATUSES.map((s) => [s, 0])) as Record<BaselineStatus, number>;
    for (const note of decision.clauses.values()) if (note.baseline) counts[note.baseline]++;
    const { file, startedAt, target, spec, mismatch } = facts.baseline;
    record.baseline = {
      file,
      startedAt,
      target: target.url,
      ...(spec ? { spec } : {}),
      ...(mismatch ? { mismatch } : {}),
      counts,
    };
  }
  return record;
}
