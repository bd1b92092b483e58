import { TransportError } from '../../src/http/client';
import type { Clause } from '../../src/model/clause';
import { type Check, evaluateClause, SAFE_SKIP_NOTE } from '../../suites/support/evaluate-clause';
import { CannotDecide, NotApplicable } from '../../suites/support/not-applicable';
import type { SuiteContext } from '../../suites/support/suite-context';
import { catalogueOf, exchange } from '../report/fixtures';

// The status policy, fed hand-made checks: only the context's `safe` setting is read by it.
const context = (safe = false) => ({ config: { safe } }) as unknown as SuiteContext;
const [must, should, active, observation] = catalogueOf(
  ['auth.a', 'MUST'],
  ['auth.b', 'SHOULD'],
  ['auth.c', 'MUST', { active: true }],
  ['rate.d', 'MUST', { observation: true }],
).clauses as [Clause, Clause, Clause, Clause];

const breaks: Check = async (findings) => findings.violation('401', '200', exchange());
const holds: Check = async (findings) => findings.note('fine');

test('a violation earns its level: a MUST fails, a SHOULD warns; none passes, with the note', async () => {
  expect(await evaluateClause(must, breaks, context())).toMatchObject({
    status: 'fail',
    evidence: [exchange()],
  });
  expect((await evaluateClause(should, breaks, context())).status).toBe('warn');
  expect(await evaluateClause(must, holds, context())).toMatchObject({ status: 'pass', note: 'fine' });
});

test('an observation is info, whatever it found', async () => {
  expect((await evaluateClause(observation, breaks, context())).status).toBe('info');
});

test('skips carry their reason as data: safe, not-applicable', async () => {
  expect(await evaluateClause(active, breaks, context(true))).toMatchObject({
    status: 'skip',
    skipReason: 'safe',
    note: SAFE_SKIP_NOTE,
  });
  expect((await evaluateClause(must, breaks, context(true))).status).toBe('fail');
  const notApplicable: Check = async () => {
    throw new NotApplicable('needs a token');
  };
  expect(await evaluateClause(must, notApplicable, context())).toMatchObject({
    status: 'skip',
    skipReason: 'not-applicable',
    note: 'needs a token',
  });
});

test('what the checker could not decide is an error, never a fail', async () => {
  const timeout: Check = async () => {
    throw new TransportError('GET /: no answer within 10 s', exchange({ response: undefined }));
  };
  expect(await evaluateClause(must, timeout, context())).toMatchObject({
    status: 'error',
    note: 'GET /: no answer within 10 s',
    evidence: [exchange({ response: undefined })],
  });
  const undecided: Check = async () => {
    throw new CannotDecide('too slow');
  };
  expect(await evaluateClause(must, undecided, context())).toMatchObject({
    status: 'error',
    note: 'too slow',
  });
  const crash: Check = async () => {
    throw new TypeError('x is undefined');
  };
  expect((await evaluateClause(must, crash, context())).note).toBe('checker error: x is undefined');
  expect((await evaluateClause(must, undefined, context())).note).toBe('the checker has no check for auth.a');
});
