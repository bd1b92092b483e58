import { formatMarkdown } from '../markdown';
import { writeWhole } from '../write-file';
import type { ReportWriter } from './writer';

export const MARKDOWN_FILE = 'summary.md';

/** summary.md: the verdict and what gates, for a pull request comment or a CI job summary. */
export const markdownWriter: ReportWriter = {
  format: 'markdown',
  file: MARKDOWN_FILE,
  write: (report, { dir }) => writeWhole(dir, MARKDOWN_FILE, formatMarkdown(report)),
};
