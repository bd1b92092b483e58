import { harWriter } from './har-writer';
import { htmlWriter } from './html-writer';
import { jsonWriter } from './json-writer';
import { junitWriter } from './junit-writer';
import { markdownWriter } from './markdown-writer';
import { terminalWriter } from './terminal-writer';
import type { ReportWriter, WriterContext } from './writer';

export { HAR_FILE } from './har-writer';
export { HTML_FILE } from './html-writer';
export { REPORT_FILE } from './json-writer';
export { JUNIT_FILE } from './junit-writer';
export { MARKDOWN_FILE } from './markdown-writer';
export type { ReportWriter, WriterContext } from './writer';

/**
 * Every output of a run, in the order they are written; a new format joins with one line here.
 * The terminal comes last, so that it can name the files the others wrote.
 */
export const WRITERS: readonly ReportWriter[] = [
  jsonWriter,
  htmlWriter,
  junitWriter,
  harWriter,
  markdownWriter,
  terminalWriter,
];

/** The names `--format` accepts. */
export const FORMATS: readonly string[] = WRITERS.map((writer) => writer.format);

/** Runs the chosen writers over the one redacted report; returns the files written. */
export function writeReports(
  report: Parameters<ReportWriter['write']>[0],
  writers: readonly ReportWriter[],
  context: Omit<WriterContext, 'written'>,
): string[] {
  const written: string[] = [];
  for (const writer of writers) {
    const file = writer.write(report, { ...context, written });
    if (file !== undefined) written.push(file);
  }
  return written;
}
