import { budgetScope } from '../../../suites/checks/rate/budget-scope';
import { LABELS } from '../../../suites/checks/rate/trace';
import {
  judge,
  loadJudgeContract,
  noteOf,
  type ResponseSpec,
  response,
  sample,
  trace,
  windowBurst,
} from './build-trace';

beforeAll(async () => {
  await loadJudgeContract();
});

function scope(fresh: Partial<ResponseSpec>, again: Partial<ResponseSpec>) {
  return trace([
    ...sample(10),
    ...windowBurst(10),
    response({
      phase: 'scope',
      label: LABELS.freshConnection,
      connection: 'fresh#1',
      at: 1012,
      limit: 10,
      reset: 1,
      ...fresh,
    }),
    response({ phase: 'scope', label: LABELS.burstAgain, at: 1014, limit: 10, reset: 1, ...again }),
  ]);
}

const denied = { status: 429, remaining: 0 };

test('a fresh connection denied too: the client’s allowance', () => {
  expect(noteOf(judge(budgetScope, scope(denied, denied)))).toBe(
    "The allowance belongs to the client: right after the 429, a fresh connection was denied, 429, then the burst's own denied, 429.",
  );
});

test('a fresh connection with a full allowance while the burst’s is denied: each connection’s', () => {
  expect(noteOf(judge(budgetScope, scope({ remaining: 9 }, denied)))).toMatch(
    /^Each connection has its own allowance/,
  );
});

test('a fresh connection given only a refill: the client’s', () => {
  expect(noteOf(judge(budgetScope, scope({ remaining: 0 }, { remaining: 0 })))).toMatch(
    /^The allowance belongs to the client:/,
  );
});

test('one fresh allowance shared by both in turn: the client’s, reset in between', () => {
  expect(noteOf(judge(budgetScope, scope({ remaining: 9 }, { remaining: 8 })))).toMatch(/reset in between/);
});

test('is not applicable when nothing was denied', () => {
  expect(judge(budgetScope, trace([...sample(10), ...windowBurst(10).slice(0, 10)])).kind).toBe(
    'not-applicable',
  );
});
