import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { AREAS } from '../../model/clause';
import type { Report, ReportClause } from '../report';
import { failingStatuses } from '../verdict';
import { visible } from '../visible-text';
import { writeWhole } from '../write-file';
import type { ReportWriter } from './writer';

export const JUNIT_FILE = 'junit.xml';

/**
 * junit.xml for CI test tabs: one testsuite per area, one testcase per clause, named
 * "<id> — <requirement>". A `fail` is a <failure> (Expected / Actual, the curl line); an `error`
 * an <error>; a `skip` a <skipped message=why>; a `warn` passes with the warning in <system-out>,
 * unless the gate is `should`, where it is a <failure>; an `info` passes with its note in
 * <system-out>. Built with an XML builder, which escapes; control characters are made visible
 * first, as XML 1.0 cannot carry them at all.
 */
export function formatJunit(report: Report): string {
  const failing = failingStatuses(report.gate);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: text(`${report.tool.name} ${report.target.url}`),
    tests: String(report.clauses.length),
    failures: String(report.clauses.filter((c) => failing.includes(c.status)).length),
    errors: String(report.summary.byStatus.error),
    time: seconds(report.durationMs),
  });
  for (const area of AREAS) {
    const clauses = report.clauses.filter((c) => c.area === area);
    if (clauses.length > 0) addSuite(root, area, clauses, report, failing);
  }
  return root.end({ prettyPrint: true });
}

function addSuite(
  root: XMLBuilder,
  area: string,
  clauses: ReportClause[],
  report: Report,
  failing: readonly string[],
): void {
  const suite = root.ele('testsuite', {
    name: area,
    tests: String(clauses.length),
    failures: String(clauses.filter((c) => failing.includes(c.status)).length),
    errors: String(clauses.filter((c) => c.status === 'error').length),
    skipped: String(clauses.filter((c) => c.status === 'skip').length),
    time: seconds(clauses.reduce((sum, c) => sum + c.durationMs, 0)),
    timestamp: report.startedAt,
  });
  const properties = suite.ele('properties');
  for (const [name, value] of [
    ['target', report.target.url],
    ['tool', `${report.tool.name} ${report.tool.version}`],
    ['gate', `--fail-on ${report.gate}`],
    ['verdict', report.verdict],
  ] as const)
    properties.ele('property', { name, value: text(value) });
  for (const clause of clauses) addCase(suite, clause, failing);
}

function addCase(suite: XMLBuilder, clause: ReportClause, failing: readonly string[]): void {
  const testcase = suite.ele('testcase', {
    name: text(`${clause.id} — ${clause.requirement}`),
    classname: `mm-conformance.${clause.area}`,
    time: seconds(clause.durationMs),
  });
  const message = text(clause.message ?? clause.note ?? '');
  const first = clause.violations[0];
  const headline = text(first ? `Expected: ${first.expected}; Actual: ${first.actual}` : (clause.note ?? ''));
  if (failing.includes(clause.status)) {
    testcase.ele('failure', { type: clause.level, message: headline }).txt(message);
  } else if (clause.status === 'error') {
    testcase.ele('error', { type: 'undecided', message: text(clause.note ?? '') }).txt(message);
  } else if (clause.status === 'skip') {
    testcase.ele('skipped', { message: text(clause.note ?? clause.skipReason ?? 'not run') });
  } else if (clause.status === 'warn') {
    testcase.ele('system-out').txt(`WARN ${message}`);
  } else if (clause.status === 'info' && clause.note) {
    testcase.ele('system-out').txt(`INFO ${text(clause.note)}`);
  }
}

/** XML 1.0 cannot hold control characters even escaped: they are shown as escapes instead. */
function text(value: string): string {
  return visible(value);
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

export const junitWriter: ReportWriter = {
  format: 'junit',
  write: (report, { dir }) => writeWhole(dir, JUNIT_FILE, formatJunit(report)),
};
