import type { Catalogue } from '../model/clause';
import type { Outcome } from '../model/outcome';
import type { RecordedRun } from '../runner/outcomes-file';
import { buildReport, type RunFacts } from './build-report';
import { completeOutcomes, type SuiteFileResult } from './complete-outcomes';
import { type ReportSecrets, redactReport } from './redact-report';
import type { Report } from './report';

/** What a finished run hands the pipeline. */
export interface FinishedRun {
  catalogue: Catalogue;
  /** What the suites recorded: outcomes, request count, each suite's exchanges. */
  recorded: RecordedRun;
  /** What jest says of the run's test file, to explain clauses that recorded no outcome. */
  suites: readonly SuiteFileResult[];
  only: readonly string[];
  facts: Omit<RunFacts, 'transcript'>;
  secrets: ReportSecrets;
}

/**
 * A step between "complete" and "build": takes one outcome per catalogue clause and returns one per
 * clause. The gate (waivers, a baseline, --fail-on) is not one: it annotates the built report and
 * never changes a status (src/gate).
 */
export type OutcomeStep = (outcomes: readonly Outcome[], catalogue: Catalogue) => Outcome[];

/**
 * The run's one outcome pipeline: complete (one outcome per clause) → steps (in order) → build the
 * Report → redact it once. Every writer then formats the Report this returns, and nothing else.
 * Throws LeakError when a secret would survive redaction.
 */
export function reportOfRun(run: FinishedRun, steps: readonly OutcomeStep[] = []): Report {
  const completed = completeOutcomes(run.catalogue, run.recorded.outcomes, run.suites, run.only);
  const adjusted = steps.reduce<Outcome[]>((outcomes, step) => step(outcomes, run.catalogue), completed);
  const built = buildReport(run.catalogue, adjusted, {
    ...run.facts,
    transcript: run.recorded.transcripts,
  });
  return redactReport(built, run.secrets);
}
