import { allowanceGroups, perConnection } from '../../../suites/checks/rate/allowance-groups';
import { interferences } from '../../../suites/checks/rate/interference';
import { limitEnforced } from '../../../suites/checks/rate/limit-enforced';
import { remainingDecrements } from '../../../suites/checks/rate/remaining-decrements';
import type { TracedResponse } from '../../../suites/checks/rate/trace';
import { actuals, judge, loadJudgeContract, noteOf, response, sample, trace } from './build-trace';

// A limiter keyed by connection (address and port) gives each socket a fresh allowance: the rate
// judges read each socket's answers as an allowance of its own, and one shared allowance as one.

beforeAll(async () => {
  await loadJudgeContract();
});

const LIMIT = 10;

/** Allowed requests, 50 ms apart from `at`, each on the socket and with the Remaining given. */
function burst(answers: [socket: string, remaining: number, status?: number][], at = 1000): TracedResponse[] {
  return answers.map(([connection, remaining, status], i) =>
    response({
      label: `burst request ${i + 1}`,
      connection,
      at: at + i * 50,
      status: status ?? 200,
      limit: LIMIT,
      remaining,
      reset: 1,
    }),
  );
}

/** One socket per request, each given the full allowance: a server that closes every connection and keys by it. */
const socketPerRequest = (count: number) =>
  burst(
    Array.from({ length: count }, (_, i) => [`burst ${(i % 4) + 1}#${Math.floor(i / 4) + 1}`, LIMIT - 1]),
  );

/** Two sockets, each spending its own allowance down to a 429. */
function twoSocketsEachDenied(): TracedResponse[] {
  const socket = (id: string) =>
    Array.from({ length: LIMIT + 1 }, (_, i): [string, number, number] => [
      id,
      Math.max(0, LIMIT - 1 - i),
      i < LIMIT ? 200 : 429,
    ]);
  return burst([...socket('burst#1'), ...socket('burst#2')]);
}

describe('whose allowance the burst spent', () => {
  test('each socket given the full allowance: an allowance per connection', () => {
    const t = trace([...sample(LIMIT), ...socketPerRequest(8)]);
    expect(perConnection(t)).toBe(true);
    expect(allowanceGroups(t)).toHaveLength(8);
  });

  test('one allowance counted down across sockets: the client’s', () => {
    const t = trace([
      ...sample(LIMIT),
      ...burst([0, 1, 2, 3].map((i) => [`burst ${i + 1}#1`, LIMIT - 1 - i])),
    ]);
    expect(perConnection(t)).toBe(false);
    expect(allowanceGroups(t)).toHaveLength(1);
  });

  test('one socket: one allowance, whatever the limiter keys by', () => {
    const t = trace([...sample(LIMIT), ...burst([0, 1, 2].map((i) => ['burst#1', LIMIT - 1 - i]))]);
    expect(perConnection(t)).toBe(false);
  });

  test('a new socket whose first answer is a denial shares the client’s allowance', () => {
    const t = trace([
      ...sample(LIMIT),
      ...burst([
        ['burst#1', 9],
        ['burst#2', 0, 429],
      ]),
    ]);
    expect(perConnection(t)).toBe(false);
  });
});

describe('rate.limit-enforced, an allowance per connection', () => {
  test('each socket carrying one request: no allowance could be spent, not a failure', () => {
    const verdict = judge(limitEnforced, trace([...sample(LIMIT), ...socketPerRequest(22)]));
    expect(verdict.kind).toBe('not-applicable');
    expect(noteOf(verdict)).toMatch(
      /^no socket's allowance could be spent: each socket .* carried at most 1 request/,
    );
  });

  test('the same answers on one socket are a failure: more allowed than Limit permits', () => {
    const stuck = burst(Array.from({ length: 22 }, (): [string, number] => ['burst#1', LIMIT - 1]));
    const verdict = judge(limitEnforced, trace([...sample(LIMIT), ...stuck]));
    expect(verdict.kind).toBe('violated');
  });

  test('two sockets each denied once their own allowance is spent: holds, judged socket by socket', () => {
    const verdict = judge(limitEnforced, trace([...sample(LIMIT), ...twoSocketsEachDenied()]));
    expect(verdict.kind).toBe('holds');
    expect(noteOf(verdict)).toContain('Each of the 2 sockets of the burst had an allowance of its own');
  });

  test('a socket let through beyond its own allowance is still a failure', () => {
    const over = burst([
      ...Array.from({ length: LIMIT + 3 }, (_, i): [string, number] => [
        'burst#1',
        Math.max(0, LIMIT - 1 - i),
      ]),
      ['burst#2', LIMIT - 1],
    ]);
    const verdict = judge(limitEnforced, trace([...sample(LIMIT), ...over]));
    expect(verdict.kind).toBe('violated');
    expect(actuals(verdict)[0]).toMatch(
      /^burst request 13 \(200, .*\) was allowed \(X-Ratelimit-Remaining 0\)/,
    );
  });
});

describe('rate.remaining-decrements, an allowance per connection', () => {
  test('steps are followed socket by socket: a new socket starting again at Limit - 1 is no rise', () => {
    const verdict = judge(remainingDecrements, trace([...sample(LIMIT), ...twoSocketsEachDenied()]));
    expect(verdict.kind).toBe('holds');
    expect(noteOf(verdict)).toMatch(/^18 of 18 steps lowered X-Ratelimit-Remaining by one\./);
  });

  test('a socket per request leaves no step to follow: nothing observed, never a pass', () => {
    const verdict = judge(remainingDecrements, trace([...sample(LIMIT), ...socketPerRequest(12)]));
    expect(verdict.kind).toBe('nothing-observed');
  });

  test('a drop of two on one socket is still a violation', () => {
    const answers = burst([
      ['burst#1', 9],
      ['burst#1', 7],
      ['burst#2', 9],
    ]);
    const verdict = judge(remainingDecrements, trace([...sample(LIMIT), ...answers]));
    expect(verdict.kind).toBe('violated');
    expect(actuals(verdict)[0]).toMatch(/^9 → 7 from burst request 1/);
  });
});

test('another client is suspected only within one allowance: a new socket at Limit - 1 is no sign of it', () => {
  expect(interferences(trace([...sample(LIMIT), ...twoSocketsEachDenied()]), 429)).toEqual([]);
});
