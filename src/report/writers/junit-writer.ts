import { XMLBuilder } from 'fast-xml-parser';
import { gateNoteLines } from '../../gate/describe-gate';
import { AREAS } from '../../model/clause';
import type { Report, ReportClause } from '../report';
import { visible } from '../visible-text';
import { writeWhole } from '../write-file';
import type { ReportWriter } from './writer';

export const JUNIT_FILE = 'junit.xml';

type XmlNode = Record<string, unknown>;

/** Escapes every `&`, `<`, `>` and quote in text and attributes (`@_` marks an attribute). */
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
});

/**
 * junit.xml for CI test tabs: one testsuite per area, one testcase per clause, named
 * "<id> — <requirement>". A clause that fails the gate is a <failure> (Expected / Actual, the curl line); an `error`
 * an <error>; a `skip` a <skipped message=why>; a `warn` passes with the warning in <system-out>,
 * unless the gate is `should`, where it is a <failure>; an `info` passes with its note in
 * <system-out>. A broken clause the gate excuses (waived, or failing in the baseline too) passes,
 * with the gate's word on it in <system-out>, so that the test tab is red exactly when the gate is. Built with an XML builder, which escapes; control characters are made visible
 * first, as XML 1.0 cannot carry them at all.
 */
export function formatJunit(report: Report): string {
  const failing = new Set(report.gateFailures);
  const suites = AREAS.map((area) => report.clauses.filter((c) => c.area === area))
    .filter((clauses) => clauses.length > 0)
    .map((clauses) => suiteOf(clauses, report, failing));
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    testsuites: {
      '@_name': text(`${report.tool.name} ${report.target.url}`),
      '@_tests': report.clauses.length,
      '@_failures': failing.size,
      '@_errors': report.summary.byStatus.error,
      '@_time': seconds(report.durationMs),
      testsuite: suites,
    },
  });
}

function suiteOf(clauses: ReportClause[], report: Report, failing: ReadonlySet<string>): XmlNode {
  const properties = [
    ['target', report.target.url],
    ['tool', `${report.tool.name} ${report.tool.version}`],
    ['gate', `--fail-on ${report.gate}`],
    ['verdict', report.verdict],
  ];
  return {
    '@_name': clauses[0]?.area,
    '@_tests': clauses.length,
    '@_failures': clauses.filter((c) => failing.has(c.id)).length,
    '@_errors': clauses.filter((c) => c.status === 'error').length,
    '@_skipped': clauses.filter((c) => c.status === 'skip').length,
    '@_time': seconds(clauses.reduce((sum, c) => sum + c.durationMs, 0)),
    '@_timestamp': report.startedAt,
    properties: {
      property: properties.map(([name, value]) => ({ '@_name': name, '@_value': text(value ?? '') })),
    },
    testcase: clauses.map((clause) => caseOf(clause, failing)),
  };
}

function caseOf(clause: ReportClause, failing: ReadonlySet<string>): XmlNode {
  const testcase: XmlNode = {
    '@_name': text(`${clause.id} — ${clause.requirement}`),
    '@_classname': `mm-conformance.${clause.area}`,
    '@_time': seconds(clause.durationMs),
  };
  const message = text(clause.message ?? clause.note ?? '');
  const first = clause.violations[0];
  const headline = text(first ? `Expected: ${first.expected}; Actual: ${first.actual}` : (clause.note ?? ''));
  const gateNotes = gateNoteLines(clause).map(text);
  if (failing.has(clause.id)) {
    testcase.failure = { '@_type': clause.level, '@_message': headline, '#text': message };
  } else if (clause.status === 'error') {
    testcase.error = { '@_type': 'undecided', '@_message': text(clause.note ?? ''), '#text': message };
  } else if (clause.status === 'skip') {
    testcase.skipped = { '@_message': text(clause.note ?? clause.skipReason ?? 'not run') };
  } else if (clause.status === 'fail' || clause.status === 'warn') {
    testcase['system-out'] = [`${clause.status.toUpperCase()} ${message}`, ...gateNotes].join('\n');
  } else if (clause.status === 'info' && clause.note) {
    testcase['system-out'] = `INFO ${text(clause.note)}`;
  }
  if (testcase.failure && gateNotes.length > 0) testcase['system-out'] = gateNotes.join('\n');
  return testcase;
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
  file: JUNIT_FILE,
  write: (report, { dir }) => writeWhole(dir, JUNIT_FILE, formatJunit(report)),
};
