import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { completeOutcomes, type Report } from '../../src/report';
import { broken, CATALOGUE, exchange, outcome, reportOf } from './fixtures';

const schema = JSON.parse(readFileSync(path.join(__dirname, '../../src/report/report.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile<Report>(schema);

const mixed = () =>
  completeOutcomes(
    CATALOGUE,
    [
      outcome('auth.bearer-accepted', 'MUST', 'pass', { evidence: [exchange()] }),
      broken('auth.cookie-accepted', 'SHOULD'),
      outcome('auth.wrong-password-refused', 'MUST', 'skip', {
        note: '--safe: this check sends a wrong password',
      }),
      broken('rate.limit-enforced', 'MUST'),
      outcome('rate.reset-form', 'MUST', 'info', { note: 'X-Ratelimit-Reset counts seconds left.' }),
    ],
    [],
    [],
  );

test('a report holds one clause per catalogue clause, in catalogue order, with the catalogue facts', () => {
  const report = reportOf(mixed());
  expect(report.clauses.map((c) => c.id)).toEqual(CATALOGUE.clauses.map((c) => c.id));
  expect(report.clauses[2]).toMatchObject({
    id: 'auth.wrong-password-refused',
    area: 'auth',
    level: 'MUST',
    status: 'skip',
    requirement: 'The target keeps auth.wrong-password-refused.',
    levelReason: 'Why auth.wrong-password-refused is a MUST.',
    docAnchor: 'session-token',
    active: true,
    observation: false,
    note: '--safe: this check sends a wrong password',
  });
  expect(report).toMatchObject({
    tool: { name: 'mm-conformance', version: '0.1.0' },
    target: { url: 'http://target.test', builtIn: false },
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 12_300,
    requests: 42,
    document: 'docs/mattermost-api-v1-overview.md',
  });
});

test('a passing clause carries neither message nor evidence; every other one has a message', () => {
  const report = reportOf(mixed());
  const pass = report.clauses.find((c) => c.status === 'pass');
  expect(pass?.message).toBeUndefined();
  expect(pass?.evidence).toEqual([]);
  for (const clause of report.clauses.filter((c) => c.status !== 'pass')) expect(clause.message).toBeTruthy();
});

test('a broken clause keeps its violations, evidence and an Expected / Actual message with the curl line', () => {
  const clause = reportOf(mixed()).clauses.find((c) => c.id === 'rate.limit-enforced');
  expect(clause?.violations).toEqual([{ expected: '401', actual: '200 with a User object', exchange: 0 }]);
  expect(clause?.evidence).toHaveLength(1);
  expect(clause?.message).toBe(
    [
      'rate.limit-enforced (MUST) — The target keeps rate.limit-enforced.',
      '  Expected: 401',
      '  Actual:   200 with a User object',
      "  Reproduce with: curl -i 'http://target.test/api/v1/users/me'",
    ].join('\n'),
  );
});

test('the summary counts per status and per level and status', () => {
  const { summary } = reportOf(mixed());
  expect(summary.total).toBe(6);
  expect(summary.byStatus).toEqual({ pass: 1, fail: 1, warn: 1, info: 1, skip: 1, error: 1 });
  expect(summary.byLevel.MUST).toEqual({ pass: 1, fail: 1, warn: 0, info: 1, skip: 1, error: 0 });
  expect(summary.byLevel.SHOULD).toEqual({ pass: 0, fail: 0, warn: 1, info: 0, skip: 0, error: 0 });
  expect(summary.byLevel.MAY).toEqual({ pass: 0, fail: 0, warn: 0, info: 0, skip: 0, error: 1 });
});

test('the verdict and the clauses that decide it follow the gate', () => {
  expect(reportOf(mixed())).toMatchObject({
    gate: 'must',
    verdict: 'fail',
    gateFailures: ['rate.limit-enforced'],
  });
  expect(reportOf(mixed(), { gate: 'should' })).toMatchObject({
    verdict: 'fail',
    gateFailures: ['auth.cookie-accepted', 'rate.limit-enforced'],
  });
});

test('refuses outcomes that do not cover the catalogue', () => {
  expect(() => reportOf([outcome('auth.bearer-accepted', 'MUST', 'pass')])).toThrow(/no outcome for/);
});

test('a hand-built report validates against report.schema.json', () => {
  const report = JSON.parse(JSON.stringify(reportOf(mixed())));
  expect(validate(report) ? [] : validate.errors).toEqual([]);
});

test('the schema refuses a report that breaks its shape', () => {
  const report = JSON.parse(JSON.stringify(reportOf(mixed()))) as Report;
  const failing = report.clauses.find((c) => c.status === 'fail');
  if (failing) delete failing.message;
  report.target.url = 'http://user:secret@target.test';
  expect(validate(report)).toBe(false);
  const paths = (validate.errors ?? []).map((e) => e.instancePath);
  expect(paths).toEqual(expect.arrayContaining(['/target/url', '/clauses/3']));
});
