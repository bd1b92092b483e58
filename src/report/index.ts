export { buildReport, type RunFacts } from './build-report';
export { type Palette, palette, useColour } from './colour';
export { completeOutcomes, firstLine, NOT_SELECTED, type SuiteFileResult } from './complete-outcomes';
export { type FinishedRun, type OutcomeStep, reportOfRun } from './pipeline';
export { findSecret, LeakError, redactReport } from './redact-report';
export * from './report';
export { emptyCounts, summarize } from './summarize';
export { formatVerdictBlock, type TerminalOptions } from './terminal-summary';
export { failingStatuses, undecidedGated } from './verdict';
export { writeWhole } from './write-file';
export {
  FORMATS,
  REPORT_FILE,
  type ReportWriter,
  WRITERS,
  type WriterContext,
  writeReports,
} from './writers';
