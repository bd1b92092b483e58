import { headersIntegers } from '../../../suites/checks/rate/headers-integers';
import { headersPresent } from '../../../suites/checks/rate/headers-present';
import { limitConstant } from '../../../suites/checks/rate/limit-constant';
import { remainingInRange } from '../../../suites/checks/rate/remaining-in-range';
import {
  actuals,
  judge,
  loadJudgeContract,
  noteOf,
  response,
  sample,
  trace,
  transportError,
  windowBurst,
} from './build-trace';

// The passive clauses: they read the paced sample (and the burst, when it was sent).

beforeAll(async () => {
  await loadJudgeContract();
});

describe('rate.headers-present', () => {
  test('holds when every response carries all three', () => {
    const verdict = judge(headersPresent, trace([...sample(10), ...windowBurst(10)]));
    expect(verdict.kind).toBe('holds');
    expect(noteOf(verdict)).toBe('All three headers on each of 14 responses.');
  });

  test('names the kind of response that lacks them, once per kind', () => {
    const responses = [
      ...sample(10).slice(0, 3),
      response({ phase: 'sample', label: 'an unknown route', status: 404, at: 20, limit: 10, remaining: 6 }),
      response({ label: 'burst request 1', at: 30 }),
      response({ label: 'burst request 2', at: 31 }),
    ];
    expect(actuals(judge(headersPresent, trace(responses)))).toEqual([
      'no X-Ratelimit-Reset on an unknown route (404, at +20 ms)',
      'no X-Ratelimit-Limit, no X-Ratelimit-Remaining, no X-Ratelimit-Reset on burst request 1 (200, at +30 ms) (and 1 more response)',
    ]);
  });

  test('leaves the 429 to rate.limit-response-headers', () => {
    const responses = [...sample(10), response({ status: 429, at: 40 })];
    expect(judge(headersPresent, trace(responses)).kind).toBe('holds');
  });

  test('a server with no rate-limit header at all is one violation', () => {
    const responses = [
      response({ phase: 'sample', at: 0 }),
      response({ phase: 'sample', at: 5, status: 401 }),
    ];
    expect(actuals(judge(headersPresent, trace(responses)))).toEqual([
      'none of them on any of the 2 responses: the server advertises no rate limit',
    ]);
  });

  test('a sample cut short by the target is an error, not a pass', () => {
    const verdict = judge(
      headersPresent,
      trace(sample(10).slice(0, 1), { failure: { phase: 'sample', error: transportError() } }),
    );
    expect(verdict.kind).toBe('transport-error');
  });

  test('a burst cut short leaves the sample to judge', () => {
    const verdict = judge(
      headersPresent,
      trace(sample(10), { failure: { phase: 'burst', error: transportError() } }),
    );
    expect(verdict.kind).toBe('holds');
  });
});

describe('rate.headers-integers', () => {
  test('holds for decimal integers', () => {
    expect(judge(headersIntegers, trace([...sample(10), ...windowBurst(10)])).kind).toBe('holds');
  });

  test('reports each distinct bad value once, with how many carried it', () => {
    const responses = [
      ...sample(10, { limit: '10.0' }),
      response({ at: 30, limit: 10, remaining: '-1', reset: 1 }),
    ];
    expect(actuals(judge(headersIntegers, trace(responses)))).toEqual([
      '"10.0" on login (200, at +0 ms) (and 3 more responses)',
      '"-1" on a request (200, at +30 ms)',
    ]);
  });

  test('is not applicable when no response carries any of the headers', () => {
    expect(judge(headersIntegers, trace([response({ phase: 'sample', at: 0 })])).kind).toBe('not-applicable');
  });
});

describe('rate.limit-constant', () => {
  test('holds for one Limit throughout', () => {
    expect(noteOf(judge(limitConstant, trace([...sample(10), ...windowBurst(10)])))).toBe(
      'X-Ratelimit-Limit 10 on all 15 responses that carried it.',
    );
  });

  test('reports every other value against the first', () => {
    const responses = [...sample(10), response({ at: 30, limit: 11, remaining: 5, reset: 1 })];
    const verdict = judge(limitConstant, trace(responses));
    expect(actuals(verdict)).toEqual(['11 on a request (200, at +30 ms)']);
    expect('findings' in verdict && verdict.findings.violations[0]?.expected).toBe(
      'X-Ratelimit-Limit holds the same value on every response: 10 on login (200, at +0 ms)',
    );
  });

  test('is not applicable without an integer Limit', () => {
    expect(judge(limitConstant, trace(sample(10, { limit: '10.0' }))).kind).toBe('not-applicable');
  });
});

describe('rate.remaining-in-range', () => {
  test('holds from 0 up to Limit itself', () => {
    const responses = [
      response({ phase: 'sample', at: 0, limit: 10, remaining: 10, reset: 1 }),
      ...windowBurst(10),
    ];
    expect(judge(remainingInRange, trace(responses)).kind).toBe('holds');
  });

  test('reports Remaining above Limit', () => {
    const responses = [
      response({ phase: 'sample', label: 'login', at: 0, limit: 10, remaining: 14, reset: 1 }),
    ];
    expect(actuals(judge(remainingInRange, trace(responses)))).toEqual([
      'X-Ratelimit-Remaining 14 with X-Ratelimit-Limit 10 on login (200, at +0 ms)',
    ]);
  });

  test('is not applicable when no response carries both as integers', () => {
    expect(judge(remainingInRange, trace(sample(10, { limit: '10.0' }))).kind).toBe('not-applicable');
  });
});
