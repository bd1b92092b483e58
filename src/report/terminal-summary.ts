import { baselineLine, excusedSummary, gateNoteLines, isWaived, staleLines } from '../gate/describe-gate';
import { LEVELS } from '../model/level';
import { STATUSES, type Status } from '../model/status';
import { type Palette, palette } from './colour';
import { NOT_SELECTED } from './complete-outcomes';
import type { Report, StatusCounts } from './report';
import { undecidedGated } from './verdict';
import { visible } from './visible-text';

export interface TerminalOptions {
  /** Where report.json was written, as the reader should see it. */
  reportPath?: string;
  /** The other files the run wrote (report.html, junit.xml, …), as the reader should see them. */
  otherFiles?: string[];
  colour?: boolean;
}

const LABEL_WIDTH = 7;
const MAX_IDS_IN_VERDICT = 5;

/**
 * The verdict block printed after a run: counts per level and status; each failing and warning
 * clause with Expected / Actual and a curl line to reproduce it; observations, skips and errors
 * with why; where the report is; then the verdict and the gate.
 */
export function formatVerdictBlock(report: Report, options: TerminalOptions = {}): string {
  const p = palette(options.colour ?? false);
  const sections = [
    header(report, p),
    countsTable(report, p),
    detailed(report, ['fail', 'warn'], p),
    oneLiners(report, p),
    gateLines(report, p),
    filesLines(options),
    verdictLines(report, p),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function filesLines({ reportPath, otherFiles = [] }: TerminalOptions): string {
  return [
    reportPath ? `Report: ${reportPath}` : '',
    otherFiles.length > 0 ? `Also written: ${otherFiles.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function header(report: Report, p: Palette): string {
  const where = report.target.builtIn ? ' (the built-in reference server)' : '';
  const seconds = (report.durationMs / 1000).toFixed(1);
  const notSelected = report.clauses.filter((c) => c.skipReason === 'not-selected').length;
  const facts = [
    notSelected > 0
      ? `${report.summary.total - notSelected} of ${report.summary.total} clauses`
      : `${report.summary.total} clauses`,
    `${report.requests} requests`,
    `${seconds} s`,
    report.options.safe ? '--safe' : '',
    report.options.only.length > 0 ? `--only ${report.options.only.join(',')}` : '',
  ].filter(Boolean);
  return `${p.bold(`${report.tool.name} ${report.tool.version}`)} checked ${visible(report.target.url)}${where}\n${p.dim(facts.join(' · '))}`;
}

function countsTable(report: Report, p: Palette): string {
  const width = 6;
  const cell = (n: number, status: Status) => {
    const text = String(n).padStart(width);
    return n === 0 ? p.dim(text) : paintStatus(status, p)(text);
  };
  const row = (name: string, counts: StatusCounts) =>
    `  ${name.padEnd(7)}${STATUSES.map((s) => cell(counts[s], s)).join('')}`;
  const head = `  ${''.padEnd(7)}${STATUSES.map((s) => s.padStart(width)).join('')}`;
  const rows = LEVELS.filter((level) => sumOf(report.summary.byLevel[level]) > 0).map((level) =>
    row(level, report.summary.byLevel[level]),
  );
  return [p.dim(head), ...rows, row('all', report.summary.byStatus)].join('\n');
}

function detailed(report: Report, statuses: Status[], p: Palette): string {
  return report.clauses
    .filter((c) => statuses.includes(c.status))
    .map((c) => {
      const [first = '', ...rest] = visible(c.message ?? `${c.id} (${c.level}) — ${c.requirement}`).split(
        '\n',
      );
      const head = isWaived(c) ? p.yellow('WAIVED'.padEnd(LABEL_WIDTH)) : label(c.status, p);
      const lines = [...rest, ...gateNoteLines(c).map((l) => `  ${visible(l)}`)];
      return [`${head}${first}`, ...lines.map((l) => `${' '.repeat(LABEL_WIDTH - 2)}${l}`)].join('\n');
    })
    .join('\n\n');
}

function oneLiners(report: Report, p: Palette): string {
  const lines: string[] = [];
  const notSelected = report.clauses.filter((c) => c.skipReason === 'not-selected');
  for (const status of ['info', 'skip', 'error'] as const) {
    for (const c of report.clauses) {
      if (c.status !== status || c.skipReason === 'not-selected') continue;
      lines.push(`${label(status, p)}${c.id}${c.note ? ` — ${visible(c.note)}` : ''}`);
    }
    if (status === 'skip' && notSelected.length > 0) {
      lines.push(`${label('skip', p)}${notSelected.length} clauses ${NOT_SELECTED}`);
    }
  }
  return lines.join('\n');
}

/** Stale waivers (a warning, never a failure) and the baseline the run was compared with. */
function gateLines(report: Report, p: Palette): string {
  const stale = staleLines(report).map((line) => `${p.yellow('STALE'.padEnd(LABEL_WIDTH))}${line}`);
  return [...stale, baselineLine(report)].filter(Boolean).join('\n');
}

function verdictLines(report: Report, p: Palette): string {
  const excused = excusedSummary(report);
  const gate = `gate: --fail-on ${report.gate}${excused ? `; ${excused}` : ''}`;
  const lines: string[] = [];
  const errors = report.summary.byStatus.error;
  if (errors > 0) {
    lines.push(p.magenta(`${plural(errors, 'clause')} could not be decided (error): no verdict on them`));
  }
  if (report.verdict === 'undecided') {
    const ids = undecidedGated(report.clauses, report.gate);
    lines.push(
      `${p.bold(p.magenta('NO VERDICT'))}  ${plural(ids.length, 'gated clause')} could not be decided (${gate}): ${ids.slice(0, MAX_IDS_IN_VERDICT).join(', ')}`,
    );
  } else if (report.verdict === 'pass') {
    // With clauses excused (waived, or failing in the baseline too) the gate holds, not every clause.
    const held = excused
      ? 'no clause fails the gate'
      : report.gate === 'should'
        ? 'no MUST clause fails, no SHOULD clause warns'
        : 'no MUST clause fails';
    lines.push(`${p.bold(p.green('PASS'))}  ${held} (${gate})`);
  } else {
    const ids = report.gateFailures;
    const shown = ids.slice(0, MAX_IDS_IN_VERDICT).join(', ');
    const more = ids.length > MAX_IDS_IN_VERDICT ? ` and ${ids.length - MAX_IDS_IN_VERDICT} more` : '';
    const verb = ids.length === 1 ? 'fails' : 'fail';
    lines.push(
      `${p.bold(p.red('FAIL'))}  ${plural(ids.length, 'clause')} ${verb} the gate (${gate}): ${shown}${more}`,
    );
  }
  return lines.join('\n');
}

function label(status: Status, p: Palette): string {
  return paintStatus(status, p)(status.toUpperCase().padEnd(LABEL_WIDTH));
}

function paintStatus(status: Status, p: Palette): (text: string) => string {
  const paints: Record<Status, (text: string) => string> = {
    pass: p.green,
    fail: p.red,
    warn: p.yellow,
    info: p.cyan,
    skip: p.dim,
    error: p.magenta,
  };
  return paints[status];
}

function sumOf(counts: StatusCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
