import { type ComponentChild, h } from 'preact';
import { AREAS } from '../../model/clause';
import { LEVELS } from '../../model/level';
import { STATUSES } from '../../model/status';
import type { Report, ReportClause, StatusCounts } from '../report';
import { undecidedGated } from '../verdict';
import { ClauseRows } from './clause-rows';
import { RateTimeline } from './rate-timeline';
import { rateTrace } from './rate-trace';
import { STYLES } from './styles';

/**
 * The page allows no script, no request and no frame: inline styles only, images only as data.
 * Even a string that escaped escaping could then neither run nor call out.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface PageOptions {
  /** Where the source document is, relative to the report file (the clause links point into it). */
  documentHref: string;
}

/** report.html as a tree: the verdict first, then facts, counts, the filter and a table per area. */
export function ReportPage({ report, options }: { report: Report; options: PageOptions }): ComponentChild {
  const problems = report.clauses.filter((c) => c.status !== 'pass').length;
  return h(
    'html',
    { lang: 'en' },
    h(
      'head',
      null,
      h('meta', { charSet: 'utf-8' }),
      h('meta', { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', null, `${verdictWord(report)} — ${report.tool.name} report for ${report.target.url}`),
      h('style', { dangerouslySetInnerHTML: { __html: STYLES } }),
    ),
    h(
      'body',
      null,
      Verdict({ report }),
      Facts({ report }),
      Counts({ report }),
      h('input', { type: 'checkbox', id: 'only-problems' }),
      h('label', { for: 'only-problems', class: 'filter' }, ` Show only what did not pass (${problems})`),
      h(
        'main',
        null,
        AREAS.map((area) => {
          const clauses = report.clauses.filter((c) => c.area === area);
          return clauses.length === 0 ? null : Area({ area, clauses, report, options });
        }),
      ),
      h(
        'footer',
        null,
        `Written by ${report.tool.name} ${report.tool.version}. Secrets appear as $MM_PASSWORD and $MM_TOKEN. `,
        'The same run: report.json (the record), junit.xml, exchanges.har (every request, for a HAR viewer).',
      ),
    ),
  );
}

function verdictWord(report: Report): string {
  return { pass: 'PASS', fail: 'FAIL', undecided: 'NO VERDICT' }[report.verdict];
}

function Verdict({ report }: { report: Report }): ComponentChild {
  const gate = `gate: --fail-on ${report.gate}`;
  let line: string;
  if (report.verdict === 'pass') {
    line = `May ship: ${report.gate === 'should' ? 'no MUST clause fails, no SHOULD clause warns' : 'no MUST clause fails'} (${gate}).`;
  } else if (report.verdict === 'fail') {
    const n = report.gateFailures.length;
    line = `Do not ship: ${n} clause${n === 1 ? '' : 's'} ${n === 1 ? 'fails' : 'fail'} the gate (${gate}): ${report.gateFailures.join(', ')}.`;
  } else {
    const ids = undecidedGated(report.clauses, report.gate);
    line = `No verdict: ${ids.length} gated clause${ids.length === 1 ? '' : 's'} could not be decided (${gate}): ${ids.join(', ')}.`;
  }
  return h(
    'header',
    { class: `verdict verdict-${report.verdict}`, id: 'verdict' },
    h('h1', null, verdictWord(report)),
    h('p', null, line),
  );
}

function Facts({ report }: { report: Report }): ComponentChild {
  const options = report.options;
  const facts: [string, string][] = [
    ['Target', `${report.target.url}${report.target.builtIn ? ' (the built-in reference server)' : ''}`],
    ['Started', report.startedAt],
    ['Duration', `${(report.durationMs / 1000).toFixed(1)} s, ${report.requests} requests`],
    ['Tool', `${report.tool.name} ${report.tool.version}`],
    ['Document', report.document],
    [
      'Options',
      [
        options.safe ? '--safe' : '',
        options.only.length > 0 ? `--only ${options.only.join(',')}` : '',
        ...Object.entries(options.strict).map(([k, v]) => `--strict ${k}=${v}`),
        options.insecure ? '--insecure' : '',
        `--timeout ${options.timeoutSeconds}`,
        `--spec ${options.spec}`,
      ]
        .filter(Boolean)
        .join(' '),
    ],
  ];
  return h(
    'dl',
    { class: 'facts' },
    facts.map(([name, value]) => [h('dt', null, name), h('dd', null, value)]),
  );
}

function Counts({ report }: { report: Report }): ComponentChild {
  const row = (name: string, counts: StatusCounts) =>
    h(
      'tr',
      null,
      h('td', null, name),
      STATUSES.map((s) => h('td', { class: counts[s] === 0 ? 'zero' : `c-${s}` }, String(counts[s]))),
    );
  return h(
    'table',
    { class: 'counts' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', null, ''),
        STATUSES.map((s) => h('th', null, s)),
      ),
    ),
    h(
      'tbody',
      null,
      LEVELS.map((level) => row(level, report.summary.byLevel[level])),
      row('all', report.summary.byStatus),
    ),
  );
}

function Area({
  area,
  clauses,
  report,
  options,
}: {
  area: string;
  clauses: ReportClause[];
  report: Report;
  options: PageOptions;
}): ComponentChild {
  const counts = STATUSES.map((s) => [s, clauses.filter((c) => c.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const trace = area === 'rate' ? rateTrace(report) : undefined;
  return h(
    'section',
    { id: `area-${area}`, class: 'area' },
    h('h2', null, `${area} `, h('small', null, `${clauses.length} clauses: ${counts}`)),
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ['Clause', 'Level', 'Status', 'Requirement', 'Document'].map((t) => h('th', null, t)),
        ),
      ),
      clauses.map((clause) => ClauseRows({ clause, documentHref: options.documentHref })),
    ),
    trace ? RateTimeline({ trace }) : null,
  );
}
