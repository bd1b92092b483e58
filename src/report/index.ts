export { buildReport, type RunFacts } from './build-report';
export { type Palette, palette, useColour } from './colour';
export { completeOutcomes, firstLine, NOT_SELECTED, type SuiteFileResult } from './complete-outcomes';
export { findSecret, LeakError, redactReport } from './redact-report';
export * from './report';
export { emptyCounts, summarize } from './summarize';
export { formatVerdictBlock, type TerminalOptions } from './terminal-summary';
export { failingStatuses, gatedLevels, gateFailures, undecidedGated, verdictOf } from './verdict';
export { prepareReportDir, REPORT_FILE, writeReport } from './write-report';
