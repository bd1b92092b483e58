import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ReportSecrets, redactReport } from './redact-report';
import type { Report } from './report';

export const REPORT_FILE = 'report.json';

/** Creates the report folder, so that a run that cannot write its record stops before it starts. */
export function prepareReportDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/**
 * Writes report.json into `dir`, redacted again and whole (a reader never sees half a file), and
 * returns the report as written: everything printed afterwards comes from it.
 */
export function writeReport(
  dir: string,
  report: Report,
  secrets: ReportSecrets,
): { file: string; report: Report } {
  const file = path.join(dir, REPORT_FILE);
  const redacted = redactReport(report, secrets);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(redacted, null, 2)}\n`);
  renameSync(temporary, file);
  return { file, report: redacted };
}
