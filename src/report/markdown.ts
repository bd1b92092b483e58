import path from 'node:path';
import { BASELINE_LABELS, baselineLine, excusedSummary, isWaived, staleLines } from '../gate/describe-gate';
import { LEVELS } from '../model/level';
import { STATUSES } from '../model/status';
import { NOT_SELECTED } from './complete-outcomes';
import type { Report, ReportClause } from './report';
import { undecidedGated } from './verdict';
import { writeWhole } from './write-file';

/**
 * The run as Markdown, for a CI job summary ($GITHUB_STEP_SUMMARY) or a merge request: the
 * verdict, the counts, each clause that fails the gate with its Expected / Actual lines and a curl
 * line, then the broken clauses that do not gate (waived, failing in the baseline too, below the
 * gate), fixed ones, stale waivers and undecided clauses. Text from the server and the waivers
 * file is data: escaped, or shown in code blocks.
 */
export function formatMarkdown(report: Report): string {
  const sections = [
    `## ${report.tool.name}: ${verdictWord(report)}`,
    verdictSentence(report),
    facts(report),
    countsTable(report),
    gating(report),
    notGating(report),
    fixed(report),
    listSection('Stale waivers', staleLines(report).map(markdownText)),
    listSection(
      'Could not be decided',
      report.clauses
        .filter((c) => c.status === 'error')
        .map((c) => `${code(c.id)} — ${markdownText(c.note ?? 'no reason')}`),
    ),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function verdictWord(report: Report): string {
  return { pass: 'PASS', fail: 'FAIL', undecided: 'NO VERDICT' }[report.verdict];
}

function verdictSentence(report: Report): string {
  const gate = `${code(`--fail-on ${report.gate}`)}`;
  const excused = excusedSummary(report);
  const after = excused ? `; not gating: ${markdownText(excused)}` : '';
  if (report.verdict === 'pass') return `**PASS**: no gated clause fails (${gate}${after}).`;
  if (report.verdict === 'undecided') {
    const ids = undecidedGated(report.clauses, report.gate);
    return `**NO VERDICT**: ${ids.length} gated clause(s) could not be decided (${gate}): ${ids.map(code).join(', ')}.`;
  }
  const n = report.gateFailures.length;
  return `**FAIL**: ${n} clause${n === 1 ? ' fails' : 's fail'} the gate (${gate}${after}): ${report.gateFailures.map(code).join(', ')}.`;
}

function facts(report: Report): string {
  const where = report.target.builtIn ? ' (the built-in reference server)' : '';
  const notSelected = report.clauses.filter((c) => c.status === 'skip' && c.note === NOT_SELECTED).length;
  const checked =
    notSelected > 0
      ? `${report.summary.total - notSelected} of ${report.summary.total}`
      : `${report.summary.total}`;
  const spec = report.spec
    ? ` · spec ${markdownText(report.spec.title)}, version ${markdownText(report.spec.version)}`
    : '';
  const baseline = baselineLine(report);
  return [
    `Checked ${code(report.target.url)}${where} · ${checked} clauses · ${report.requests} requests · ${(report.durationMs / 1000).toFixed(1)} s${spec}`,
    baseline ? `${markdownText(baseline)}` : '',
  ]
    .filter(Boolean)
    .join('  \n');
}

function countsTable(report: Report): string {
  const rows = LEVELS.map((level) => [level, report.summary.byLevel[level]] as const).filter(([, counts]) =>
    STATUSES.some((s) => counts[s] > 0),
  );
  return [
    `| level | ${STATUSES.join(' | ')} |`,
    `|---|${STATUSES.map(() => '---:').join('|')}|`,
    ...rows.map(([level, counts]) => `| ${level} | ${STATUSES.map((s) => counts[s]).join(' | ')} |`),
    `| all | ${STATUSES.map((s) => report.summary.byStatus[s]).join(' | ')} |`,
  ].join('\n');
}

function gating(report: Report): string {
  const clauses = report.clauses.filter((c) => report.gateFailures.includes(c.id));
  if (clauses.length === 0) return '';
  return [`### Failing the gate (${clauses.length})`, ...clauses.map(clauseDetail)].join('\n\n');
}

/** One gated clause: the requirement, what the gate says of it, then Expected / Actual and the curl line. */
function clauseDetail(clause: ReportClause): string {
  const standing = [
    clause.baseline ? BASELINE_LABELS[clause.baseline] : '',
    clause.waiver?.expired ? `waiver ${clause.waiver.clause} expired on ${clause.waiver.expires}` : '',
  ].filter(Boolean);
  const parts = [
    `#### ${code(clause.id)} (${clause.level}, ${clause.status})${standing.length ? ` — ${markdownText(standing.join('; '))}` : ''}`,
    markdownText(clause.requirement),
  ];
  if (clause.note) parts.push(`Note: ${markdownText(clause.note)}`);
  if (clause.waiver?.expired) parts.push(`The waiver said: ${markdownText(clause.waiver.reason)}`);
  for (const violation of clause.violations) {
    parts.push(`Expected:\n${block(violation.expected)}`, `Actual:\n${block(violation.actual)}`);
    const exchange = violation.exchange === undefined ? undefined : clause.evidence[violation.exchange];
    if (exchange) parts.push(`Reproduce:\n${block(exchange.curl, 'sh')}`);
  }
  if (clause.violations.length === 0 && clause.message) parts.push(block(clause.message));
  return parts.join('\n\n');
}

/** Broken clauses the gate lets through, and why each. */
function notGating(report: Report): string {
  const rows = report.clauses
    .filter((c) => (c.status === 'fail' || c.status === 'warn') && !report.gateFailures.includes(c.id))
    .map((c) => `| ${code(c.id)} | ${c.level} | ${c.status} | ${markdownText(whyNotGating(c, report))} |`);
  if (rows.length === 0) return '';
  return [
    `### Broken but not gating (${rows.length})`,
    '| clause | level | status | why |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function whyNotGating(clause: ReportClause, report: Report): string {
  if (isWaived(clause) && clause.waiver) {
    return `waived until ${clause.waiver.expires} (${clause.waiver.clause}): ${clause.waiver.reason}`;
  }
  if (clause.baseline === 'still-failing') return 'still failing: it failed in the baseline run too';
  return `a ${clause.level} clause; the gate is --fail-on ${report.gate}`;
}

function fixed(report: Report): string {
  return listSection(
    'Fixed since the baseline',
    report.clauses
      .filter((c) => c.baseline === 'fixed')
      .map((c) => `${code(c.id)} (${c.level}) now ${c.status}`),
  );
}

function listSection(title: string, items: readonly string[]): string {
  if (items.length === 0) return '';
  return [`### ${title} (${items.length})`, ...items.map((item) => `- ${item}`)].join('\n');
}

/**
 * Text as Markdown shows it literally, on one line: the characters that open inline markup
 * (emphasis, code, links, HTML, entities, table cells, strikethrough) backslash-escaped, as
 * CommonMark allows for any ASCII punctuation.
 */
function markdownText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>|&~]/g, '\\$&');
}

/** An inline code span that holds any text: a fence longer than the longest run of backticks in it. */
function code(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** A fenced code block that holds any text: its fence is longer than any backtick run inside. */
function block(text: string, language = 'text'): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/** Writes the Markdown summary of a (redacted) report to a file, e.g. $GITHUB_STEP_SUMMARY, whole. */
export function writeMarkdown(file: string, report: Report): void {
  writeWhole(path.dirname(file), path.basename(file), formatMarkdown(report));
}
