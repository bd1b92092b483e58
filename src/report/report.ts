import type { BaselineStatus, SpecIdentity } from '../gate/baseline';
import type { AppliedWaiver } from '../gate/decide-gate';
import type { BaselineRecord, WaiversRecord } from '../gate/gate-record';
import type { Area } from '../model/clause';
import type { Exchange } from '../model/exchange';
import type { Level } from '../model/level';
import type { Violation } from '../model/outcome';
import type { SkipReason } from '../model/skip-reason';
import type { Status } from '../model/status';
import type { StrictReadings } from '../runner/run-config';

/** The report's format; a reader refuses a format it does not know. Bump it on an incompatible change. */
export const REPORT_FORMAT = 'mm-conformance-report/1';

/** What fails the run: a broken MUST (`must`), or also a broken SHOULD (`should`). */
export type Gate = 'must' | 'should';
export const GATES: readonly Gate[] = ['must', 'should'];

export type Verdict = 'pass' | 'fail' | 'undecided';

export type StatusCounts = Record<Status, number>;

export interface Summary {
  total: number;
  byStatus: StatusCounts;
  byLevel: Record<Level, StatusCounts>;
}

/** One clause of the catalogue as one run judged it. */
export interface ReportClause {
  id: string;
  area: Area;
  level: Level;
  status: Status;
  requirement: string;
  levelReason: string;
  docAnchor: string;
  /** Where in the OpenAPI document the clause lives (a JSON pointer fragment). */
  openapi: string;
  /** The check spends the server's patience; `--safe` skips it. */
  active: boolean;
  /** The check reports what the server does and never fails it. */
  observation: boolean;
  durationMs: number;
  /** For skip and error: why; otherwise what was observed, when worth saying. */
  note?: string;
  /** For skip: why, as data (`not-selected`, `safe`, `not-applicable`). */
  skipReason?: SkipReason;
  /** For every status but pass: the outcome as people read it (requirement, Expected / Actual, curl). */
  message?: string;
  violations: Violation[];
  /** The exchanges that show the outcome, redacted; kept for every status but pass. */
  evidence: Exchange[];
  /** A broken clause's waiver (--waivers): it does not gate unless expired. */
  waiver?: AppliedWaiver;
  /** How the clause stands against the baseline run (--baseline). */
  baseline?: BaselineStatus;
}

/** The record of one run: every other output (terminal, JUnit, HTML) only formats it. */
export interface Report {
  format: typeof REPORT_FORMAT;
  tool: { name: string; version: string };
  /** The target's URL, never with credentials; builtIn when the run started the reference server. */
  target: { url: string; builtIn: boolean };
  /** The source document the clause anchors point into, relative to the project. */
  document: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** HTTP requests sent to the target, the reachability probe among them. */
  requests: number;
  gate: Gate;
  verdict: Verdict;
  /** The ids of the clauses that make the verdict `fail`, in catalogue order (after waivers and baseline). */
  gateFailures: string[];
  /** The OpenAPI document's info title and version: a baseline must share them. */
  spec?: SpecIdentity;
  /** The waivers file the run was given (--waivers), and its stale waivers. */
  waivers?: WaiversRecord;
  /** The baseline the run was compared with (--baseline). */
  baseline?: BaselineRecord;
  summary: Summary;
  options: ReportOptions;
  /** Exactly one entry per catalogue clause, in catalogue order. */
  clauses: ReportClause[];
  /** Every request of the run and its response, redacted, suite by suite in the order sent. */
  transcript: SuiteTranscript[];
}

/** The exchanges one area's suite made, in the order it sent them. */
export interface SuiteTranscript {
  area: Area;
  exchanges: Exchange[];
}

export interface ReportOptions {
  safe: boolean;
  only: string[];
  strict: StrictReadings;
  timeoutSeconds: number;
  insecure: boolean;
  spec: string;
}
