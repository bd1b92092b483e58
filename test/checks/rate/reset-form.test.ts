import { resetFormJudge } from '../../../suites/checks/rate/reset-form';
import {
  actuals,
  judge,
  loadJudgeContract,
  noteOf,
  response,
  sample,
  T0,
  trace,
  windowBurst,
} from './build-trace';

beforeAll(async () => {
  await loadJudgeContract();
});

const EPOCH = Math.ceil(T0 / 1000) + 1;

test('seconds left is the examples’ reading', () => {
  const verdict = judge(resetFormJudge, trace([...sample(10), ...windowBurst(10)]));
  expect(verdict.kind).toBe('holds');
  expect(noteOf(verdict)).toBe(
    "X-Ratelimit-Reset reads as seconds left (the examples' reading) on 15 of 15 responses.",
  );
});

test("epoch seconds near the server's Date is the table's reading", () => {
  const verdict = judge(
    resetFormJudge,
    trace([...sample(10, { reset: EPOCH }), ...windowBurst(10, { reset: EPOCH + 1 })]),
  );
  expect(noteOf(verdict)).toBe(
    "X-Ratelimit-Reset reads as epoch seconds (the table's reading) on 15 of 15 responses.",
  );
});

test('epoch seconds are read against the Date even when the clocks disagree by hours', () => {
  const serverDate = T0 + 3 * 3600_000;
  const responses = sample(10, { reset: Math.floor(serverDate / 1000) + 1, dateMs: serverDate });
  expect(judge(resetFormJudge, trace(responses)).kind).toBe('holds');
});

test('epoch milliseconds are a violation', () => {
  expect(actuals(judge(resetFormJudge, trace(sample(10, { reset: T0 + 1000 }))))).toEqual([
    `${T0 + 1000} on login (200, at +0 ms), whose Date is ${new Date(T0).toUTCString()} (and 3 more responses)`,
  ]);
});

test('milliseconds left, read as seconds, move the reset moment back faster than time passes', () => {
  const responses = [...sample(10)];
  for (let i = 0; i < 10; i++) {
    responses.push(
      response({
        label: `burst request ${i + 1}`,
        at: 1000 + i * 5,
        limit: 10,
        remaining: 9 - i,
        reset: 800 - i * 5,
      }),
    );
  }
  const verdict = judge(resetFormJudge, trace(responses));
  expect(actuals(verdict)[0]).toMatch(
    /^800 on burst request 1 \(200, at \+1000 ms\), then 795 on burst request 2 \(200, at \+1005 ms\): 4.994 s earlier within 0.006 s \(and 8 more/,
  );
});

test('a bucket whose Reset grows with each request and shrinks with time is no violation', () => {
  const responses = [...sample(11, { reset: 1 })];
  // 10 a second, sent 1 ms apart: each request puts the full moment 100 ms further off.
  for (let i = 0; i < 11; i++) {
    const untilFull = 100 * (i + 1) - i;
    responses.push(
      response({
        label: `burst request ${i + 1}`,
        at: 1000 + i,
        limit: 11,
        remaining: 10 - i,
        reset: Math.ceil(untilFull / 1000),
      }),
    );
  }
  // A second later the bucket has refilled by ten; one more request leaves it 0.1 s short of full.
  responses.push(response({ label: 'an early probe', at: 2011, limit: 11, remaining: 9, reset: 1 }));
  expect(judge(resetFormJudge, trace(responses)).kind).toBe('holds');
});

test('a server that switches readings is a violation', () => {
  const responses = [...sample(10), ...windowBurst(10, { reset: EPOCH + 1 })];
  expect(actuals(judge(resetFormJudge, trace(responses)))).toEqual([
    "seconds left (the examples' reading) on 4 (e.g. 1 on login (200, at +0 ms)); epoch seconds (the table's reading) on 11 (e.g. " +
      `${EPOCH + 1} on burst request 1 (200, at +1000 ms))`,
  ]);
});

test('--strict reset=epoch makes seconds left a violation, and --strict reset=seconds the epoch', () => {
  const seconds = trace(sample(10));
  const epoch = trace(sample(10, { reset: EPOCH }));
  expect(judge(resetFormJudge, seconds, { reset: 'epoch' }).kind).toBe('violated');
  expect(judge(resetFormJudge, epoch, { reset: 'epoch' }).kind).toBe('holds');
  expect(judge(resetFormJudge, epoch, { reset: 'seconds' }).kind).toBe('violated');
  expect(judge(resetFormJudge, seconds, { reset: 'seconds' }).kind).toBe('holds');
});
