import { remainingDecrements } from '../../../suites/checks/rate/remaining-decrements';
import {
  actuals,
  judge,
  loadJudgeContract,
  noteOf,
  response,
  sample,
  trace,
  windowBurst,
} from './build-trace';

beforeAll(async () => {
  await loadJudgeContract();
});

/** A burst of allowed requests with these Remaining values, `gap` ms apart, then a 429. */
function burst(remaining: number[], limit = 10, gap = 1) {
  return [
    ...sample(limit),
    ...remaining.map((r, i) =>
      response({ label: `burst request ${i + 1}`, at: 1000 + i * gap, limit, remaining: r, reset: 1 }),
    ),
    response({
      label: 'denied',
      at: 1000 + remaining.length * gap,
      status: 429,
      limit,
      remaining: 0,
      reset: 1,
    }),
  ];
}

test('holds when each request lowers Remaining by one', () => {
  const verdict = judge(remainingDecrements, trace([...sample(10), ...windowBurst(10)]));
  expect(verdict.kind).toBe('holds');
  expect(noteOf(verdict)).toBe('9 of 9 steps lowered X-Ratelimit-Remaining by one.');
});

test('a window that resets within the burst is no violation', () => {
  const verdict = judge(remainingDecrements, trace(burst([9, 8, 7, 9, 8, 7, 6], 10, 300)));
  expect(verdict.kind).toBe('holds');
  expect(noteOf(verdict)).toMatch(/1 were a reset or refill/);
});

test("a bucket's steady refills, at most Limit a second, are no violation", () => {
  // 11 a second refilling 10 a second, sent at 40 a second: Remaining falls by three steps in four.
  const remaining = [10, 9, 8, 8, 7, 6, 5, 5, 4, 3, 2, 2, 1, 0];
  expect(judge(remainingDecrements, trace(burst(remaining, 11, 25))).kind).toBe('holds');
});

test('a drop of two or more is a violation, each shown', () => {
  expect(actuals(judge(remainingDecrements, trace(burst([9, 7, 5, 4]))))).toEqual([
    '9 → 7 from burst request 1 (200, at +1000 ms) to burst request 2 (200, at +1001 ms)',
    '7 → 5 from burst request 2 (200, at +1001 ms) to burst request 3 (200, at +1002 ms)',
  ]);
});

test('Remaining stuck at Limit - 1 is a violation', () => {
  const verdict = judge(remainingDecrements, trace(burst(Array(40).fill(9))));
  expect(actuals(verdict)).toEqual([
    'it stayed or rose on 39 of 39 steps within 0.04 s and never fell, e.g. 9 → 9 at burst request 2 (200, at +1001 ms)',
  ]);
});

test('Remaining stuck for a whole allowance, even when the limit is enforced, is a violation', () => {
  expect(judge(remainingDecrements, trace(burst(Array(10).fill(9)))).kind).toBe('violated');
});

test('steps from Remaining 0 are left to rate.limit-enforced', () => {
  expect(judge(remainingDecrements, trace(burst([2, 1, 0, 0, 0, 0, 0, 0], 3))).kind).toBe('holds');
});

test('steps from or to a Remaining above Limit are left to rate.remaining-in-range', () => {
  expect(judge(remainingDecrements, trace(burst([14, 9, 8, 7]))).kind).toBe('holds');
});

test('a Limit of 1 leaves no step to follow: nothing observed (info), never a pass without evidence', () => {
  const verdict = judge(remainingDecrements, trace([...sample(1), ...windowBurst(1)]));
  expect(verdict.kind).toBe('nothing-observed');
  expect(noteOf(verdict)).toMatch(/^no step to follow/);
});

test('is not applicable when the burst was not sent', () => {
  expect(judge(remainingDecrements, trace(sample(10), { activeNotRun: '--safe' })).kind).toBe(
    'not-applicable',
  );
});
