import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { AREAS, type Area } from '../model/clause';
import type { Exchange } from '../model/exchange';
import type { Outcome } from '../model/outcome';

/**
 * The one channel from the suites (jest, in band) back to the run: a JSON-lines file each suite
 * appends to. Every record names its kind, so that a reader never guesses by shape.
 */
export type RunRecord = Outcome | SuiteStats;

/** What a suite appends beside its outcomes when it closes: its requests, in the order sent. */
export interface SuiteStats {
  kind: 'suite-stats';
  area: Area;
  requests: number;
  /** Every exchange the suite's client made, redacted as it was recorded. */
  exchanges: Exchange[];
}

/** What the suites recorded, read back once the run is over. */
export interface RecordedRun {
  /** One outcome per clause: the last recorded (the run-wide suite records a clause again, merged). */
  outcomes: Outcome[];
  requests: number;
  transcripts: { area: Area; exchanges: Exchange[] }[];
}

export function createOutcomesFile(file: string): void {
  writeFileSync(file, '');
}

export function appendRecord(file: string, record: RunRecord): void {
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}

export function readRecords(file: string): RunRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RunRecord);
}

export function readRecordedRun(file: string): RecordedRun {
  const records = readRecords(file);
  const stats = records.filter((r): r is SuiteStats => r.kind === 'suite-stats');
  return {
    outcomes: latestOfEach(records.filter((r): r is Outcome => r.kind === 'clause-outcome')),
    requests: stats.reduce((n, r) => n + r.requests, 0),
    // In the areas' order: areas run side by side record theirs as each ends.
    transcripts: stats
      .map((s) => ({ area: s.area, exchanges: s.exchanges ?? [] }))
      .sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area)),
  };
}

/** Each clause's last outcome, in the order the clauses were first recorded. */
function latestOfEach(outcomes: readonly Outcome[]): Outcome[] {
  const latest = new Map<string, Outcome>();
  for (const outcome of outcomes) latest.set(outcome.id, outcome);
  return [...latest.values()];
}
