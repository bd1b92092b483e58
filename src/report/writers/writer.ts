import type { Report } from '../report';

/** Where and how writers put their output. */
export interface WriterContext {
  /** The report folder, already created. */
  dir: string;
  /** The files written so far in this run, in order (the terminal writer lists them). */
  written: string[];
  /** Where the terminal writer prints. */
  out: { write(text: string): unknown };
  colour: boolean;
  /** A path as the reader should see it (relative to the working folder when inside it). */
  display(file: string): string;
}

/**
 * One output of a run. A writer formats the one redacted Report it is given and nothing else;
 * it returns the file it wrote, if any.
 */
export interface ReportWriter {
  /** The name `--format` chooses it by. */
  format: string;
  /** The file it writes in the report folder, if any (checked writable before the run starts). */
  file?: string;
  write(report: Report, context: WriterContext): string | undefined;
}
