import { writeWhole } from '../write-file';
import type { ReportWriter } from './writer';

export const REPORT_FILE = 'report.json';

/** report.json: the record itself, as its schema (src/report/report.schema.json) describes it. */
export const jsonWriter: ReportWriter = {
  format: 'json',
  file: REPORT_FILE,
  write: (report, { dir }) => writeWhole(dir, REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`),
};
