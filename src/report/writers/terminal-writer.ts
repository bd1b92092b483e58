import { formatVerdictBlock } from '../terminal-summary';
import { REPORT_FILE } from './json-writer';
import type { ReportWriter } from './writer';

/** The verdict block on stdout, naming the files written before it. */
export const terminalWriter: ReportWriter = {
  format: 'terminal',
  write(report, { out, colour, written, display }) {
    const json = written.find((file) => file.endsWith(REPORT_FILE));
    const others = written.filter((file) => file !== json).map(display);
    out.write(
      `\n${formatVerdictBlock(report, {
        reportPath: json === undefined ? undefined : display(json),
        otherFiles: others,
        colour,
      })}`,
    );
    return undefined;
  },
};
