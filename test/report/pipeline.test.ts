import { type OutcomeStep, reportOfRun } from '../../src/report';
import { LeakError } from '../../src/report/redact-report';
import { broken, CATALOGUE, exchange, facts, outcome } from './fixtures';

const SECRETS = { password: 'hunter2-password', tokenHeader: 'Token', sessionCookie: 'MMSID' };

function run(recorded = [outcome('auth.bearer-accepted', 'MUST', 'pass')], password = SECRETS.password) {
  const { transcript: _none, ...runFacts } = facts();
  return {
    catalogue: CATALOGUE,
    recorded: {
      outcomes: recorded,
      requests: 3,
      transcripts: [
        {
          area: 'auth' as const,
          exchanges: [
            exchange({
              request: { method: 'GET', url: `http://target.test/?p=${password}`, headers: {} },
            }),
          ],
        },
      ],
    },
    suites: [],
    only: [],
    facts: runFacts,
    secrets: { ...SECRETS, password },
  };
}

test('complete, build and redact: one entry per clause, the transcript kept and redacted', () => {
  const report = reportOfRun(run());
  expect(report.clauses.map((c) => c.id)).toEqual(CATALOGUE.clauses.map((c) => c.id));
  expect(report.clauses[0]?.status).toBe('pass');
  expect(report.clauses[1]?.status).toBe('error');
  expect(report.transcript[0]?.exchanges[0]?.request.url).toBe('http://target.test/?p=$MM_PASSWORD');
});

test('steps run between complete and build, in order, and the verdict follows them', () => {
  const failing = run([broken('auth.bearer-accepted', 'MUST')]);
  expect(reportOfRun(failing).verdict).toBe('fail');
  const seen: number[] = [];
  const waive: OutcomeStep = (outcomes) => {
    seen.push(outcomes.length);
    return outcomes.map((o) => (o.status === 'fail' ? { ...o, status: 'info', note: 'waived' } : o));
  };
  const report = reportOfRun(failing, [waive]);
  expect(seen).toEqual([CATALOGUE.clauses.length]);
  expect(report.clauses[0]).toMatchObject({ status: 'info', note: 'waived' });
  expect(report.gateFailures).toEqual([]);
});

test('a secret that would survive redaction stops the pipeline', () => {
  // The placeholder $MM_PASSWORD itself holds a password "MM_PASSWORD": redaction cannot hide it.
  const leaky = run(undefined, 'MM_PASSWORD');
  expect(() => reportOfRun(leaky)).toThrow(LeakError);
});
