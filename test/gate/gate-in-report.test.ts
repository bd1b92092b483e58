import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Baseline, WaiverFile } from '../../src/gate';
import { formatVerdictBlock, type Report } from '../../src/report';
import { formatMarkdown } from '../../src/report/markdown';
import { broken, outcome, reportOf } from '../report/fixtures';
import { outcomesWith } from './gate-fixtures';

// The gate as the report records it and the terminal and Markdown show it: a waived clause, an
// expired waiver, a stale one, and the clauses' standing against a baseline. The fixtures' run
// finished on 2026-01-01, the day waivers are judged on.

const schema = JSON.parse(readFileSync(path.join(__dirname, '../../src/report/report.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile<Report>(schema);

const SPEC = { title: 'Mattermost API v1', version: '1' };
const WAIVERS: WaiverFile = {
  file: 'waivers.yaml',
  waivers: [
    {
      clause: 'rate.limit-enforced',
      reason: 'Mattermost 1.x never enforces its limit',
      expires: '2026-12-31',
    },
    { clause: 'auth.wrong-password-refused', reason: 'lockout is off in staging', expires: '2025-12-31' },
    { clause: 'auth.bearer-accepted', reason: 'fixed upstream in 2.0', expires: '2026-03-31' },
  ],
  lines: [1, 4, 7],
};
const BASELINE: Baseline = {
  file: 'prev/report.json',
  startedAt: '2025-12-31T00:00:00.000Z',
  target: { url: 'http://target.test', builtIn: false },
  spec: SPEC,
  clauses: [
    { id: 'auth.cookie-accepted', status: 'warn' },
    { id: 'rate.reset-form', status: 'fail' },
  ],
};

/** rate.limit-enforced fails (waived), auth.wrong-password-refused fails (waiver expired), auth.cookie-accepted warns (as in the baseline), rate.reset-form passes (fixed). */
function gatedReport(gate: 'must' | 'should' = 'should'): Report {
  return reportOf(
    outcomesWith(
      broken('rate.limit-enforced', 'MUST'),
      broken('auth.wrong-password-refused', 'MUST'),
      broken('auth.cookie-accepted', 'SHOULD'),
      outcome('rate.reset-form', 'MUST', 'info'),
    ),
    { gate, spec: SPEC, waivers: WAIVERS, baseline: BASELINE },
  );
}

test('the report records the waivers, the baseline and each clause standing, and matches its schema', () => {
  const report = gatedReport();
  expect(validate(report) ? [] : validate.errors).toEqual([]);
  expect(report).toMatchObject({
    verdict: 'fail',
    gateFailures: ['auth.wrong-password-refused'],
    spec: SPEC,
    waivers: { file: 'waivers.yaml', count: 3, stale: [WAIVERS.waivers[2]] },
    baseline: {
      file: 'prev/report.json',
      target: 'http://target.test',
      counts: { 'new-failure': 2, 'still-failing': 1, fixed: 1, unchanged: 2 },
    },
  });
  const byId = new Map(report.clauses.map((c) => [c.id, c]));
  expect(byId.get('rate.limit-enforced')).toMatchObject({
    waiver: { expired: false },
    baseline: 'new-failure',
  });
  expect(byId.get('auth.wrong-password-refused')).toMatchObject({
    waiver: { expires: '2025-12-31', expired: true },
    baseline: 'new-failure',
  });
  expect(byId.get('auth.cookie-accepted')).toMatchObject({ baseline: 'still-failing' });
  expect(byId.get('auth.cookie-accepted')?.waiver).toBeUndefined();
  expect(byId.get('rate.reset-form')).toMatchObject({ baseline: 'fixed' });
});

test('the schema refuses a clause waiver without its expired flag', () => {
  const report = gatedReport();
  const clause = report.clauses.find((c) => c.waiver);
  if (clause?.waiver) delete (clause.waiver as { expired?: boolean }).expired;
  expect(validate(report)).toBe(false);
});

test('a report without waivers or baseline has none of their fields', () => {
  const report = reportOf(outcomesWith(broken('rate.limit-enforced', 'MUST')));
  expect(report).not.toHaveProperty('waivers');
  expect(report).not.toHaveProperty('baseline');
  expect(report.clauses.some((c) => 'waiver' in c || 'baseline' in c)).toBe(false);
  expect(validate(report) ? [] : validate.errors).toEqual([]);
});

describe('the terminal', () => {
  const text = formatVerdictBlock(gatedReport(), { colour: false });

  test('shows a waived clause as WAIVED, with its reason and expiry', () => {
    expect(text).toMatch(/^WAIVED rate\.limit-enforced/m);
    expect(text).toContain(
      'Waived until 2026-12-31 (waiver rate.limit-enforced): Mattermost 1.x never enforces its limit',
    );
  });

  test('shows an expired waiver as a failure that gates again', () => {
    expect(text).toMatch(/^FAIL {3}auth\.wrong-password-refused/m);
    expect(text).toContain(
      'Waiver expired on 2025-12-31 (waiver auth.wrong-password-refused): lockout is off in staging — the clause gates again',
    );
  });

  test('warns of a stale waiver', () => {
    expect(text).toMatch(
      /^STALE {2}waiver auth\.bearer-accepted \(until 2026-03-31\) is stale: every clause it names holds now; remove it from waivers\.yaml$/m,
    );
  });

  test('says how the clauses stand against the baseline', () => {
    expect(text).toContain('Baseline: still failing (it failed in the baseline run too)');
    expect(text).toContain(
      'Baseline prev/report.json of 2025-12-31T00:00:00.000Z: 2 new failures, 1 still failing, 1 fixed',
    );
  });

  test('names what the gate let through in the verdict', () => {
    expect(text).toMatch(
      /^FAIL {2}1 clause fails the gate \(gate: --fail-on should; 1 waived, 1 failing in the baseline too\): auth\.wrong-password-refused$/m,
    );
  });
});

describe('formatMarkdown', () => {
  test('gives the verdict, the gating clause with Expected / Actual, and what did not gate and why', () => {
    const markdown = formatMarkdown(gatedReport());
    expect(markdown).toMatch(/^## mm-conformance: FAIL$/m);
    expect(markdown).toContain(
      '**FAIL**: 1 clause fails the gate (`--fail-on should`; not gating: 1 waived, 1 failing in the baseline too): `auth.wrong-password-refused`.',
    );
    expect(markdown).toContain('### Failing the gate (1)');
    expect(markdown).toContain(
      '#### `auth.wrong-password-refused` (MUST, fail) — new failure; waiver auth.wrong-password-refused expired on 2025-12-31',
    );
    expect(markdown).toContain(
      'Expected:\n```text\n401\n```\n\nActual:\n```text\n200 with a User object\n```',
    );
    expect(markdown).toContain("Reproduce:\n```sh\ncurl -i 'http://target.test/api/v1/users/me'\n```");
    expect(markdown).toContain(
      '| `rate.limit-enforced` | MUST | fail | waived until 2026-12-31 (rate.limit-enforced): Mattermost 1.x never enforces its limit |',
    );
    expect(markdown).toContain(
      '| `auth.cookie-accepted` | SHOULD | warn | still failing: it failed in the baseline run too |',
    );
    expect(markdown).toContain('### Fixed since the baseline (1)\n- `rate.reset-form` (MUST) now info');
    expect(markdown).toContain('### Stale waivers (1)');
    expect(markdown).toContain('| MUST | 1 | 2 | 0 | 1 | 0 | 0 |');
  });

  test('a passing run says PASS and lists no failure', () => {
    const markdown = formatMarkdown(reportOf(outcomesWith()));
    expect(markdown).toMatch(/^## mm-conformance: PASS$/m);
    expect(markdown).toContain('**PASS**: no gated clause fails (`--fail-on must`).');
    expect(markdown).not.toContain('### Failing the gate');
  });

  test('text from the server and the waivers file cannot break out of its place', () => {
    const hostile = broken('auth.bearer-accepted', 'MUST');
    hostile.violations = [{ expected: '401', actual: '```\n<script>alert(1)</script>\n```', exchange: 0 }];
    const markdown = formatMarkdown(
      reportOf(outcomesWith(hostile, broken('rate.limit-enforced', 'MUST')), {
        waivers: {
          file: 'w.yaml',
          waivers: [{ clause: 'rate.', reason: '<img src=x> | *bold*', expires: '2026-12-31' }],
          lines: [1],
        },
      }),
    );
    expect(markdown).toContain('````text\n```\n<script>alert(1)</script>\n```\n````');
    expect(markdown).not.toMatch(/[^\\]<img/);
    expect(markdown).toContain('\\<img src=x\\> \\| \\*bold\\*');
  });
});

test('a pass with excused clauses says the gate holds, not that no clause fails', () => {
  const report = reportOf(outcomesWith(broken('rate.limit-enforced', 'MUST')), { waivers: WAIVERS });
  expect(formatVerdictBlock(report, { colour: false })).toMatch(
    /^PASS {2}no clause fails the gate \(gate: --fail-on must; 1 waived\)$/m,
  );
});
