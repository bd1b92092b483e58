import { limitBody } from '../../../suites/checks/rate/limit-body';
import { limitResponseHeaders } from '../../../suites/checks/rate/limit-response-headers';
import {
  actuals,
  judge,
  loadJudgeContract,
  noteOf,
  type ResponseSpec,
  response,
  sample,
  trace,
  windowBurst,
} from './build-trace';

// The 429 itself: its headers and its body.

beforeAll(async () => {
  await loadJudgeContract();
});

const JSON_ERROR = JSON.stringify({
  message: 'limit exceeded',
  detailed_error: '',
  request_id: 'r1',
  status_code: 429,
});

function with429(spec: Partial<ResponseSpec>) {
  return trace([
    ...sample(10),
    ...windowBurst(10).slice(0, 10),
    response({ label: 'burst request 11', ...spec, at: 1010, status: 429 }),
  ]);
}

describe('rate.limit-response-headers', () => {
  test('holds when the 429 carries all three, Remaining 0', () => {
    expect(judge(limitResponseHeaders, with429({ limit: 10, remaining: 0, reset: 1 })).kind).toBe('holds');
  });

  test('names the headers a 429 lacks', () => {
    expect(actuals(judge(limitResponseHeaders, with429({ limit: 10 })))).toEqual([
      'no X-Ratelimit-Remaining, no X-Ratelimit-Reset on burst request 11 (429, at +1010 ms)',
    ]);
  });

  test('a 429 that claims allowance left is a violation', () => {
    expect(actuals(judge(limitResponseHeaders, with429({ limit: 10, remaining: 3, reset: 1 })))).toEqual([
      'X-Ratelimit-Remaining "3" on burst request 11 (429, at +1010 ms)',
    ]);
  });

  test('is not applicable when no 429 was met', () => {
    const t = trace([...sample(10), response({ at: 1000, status: 503, limit: 10, remaining: 0, reset: 1 })]);
    expect(judge(limitResponseHeaders, t).kind).toBe('not-applicable');
  });
});

describe('rate.limit-body', () => {
  test.each([
    ['the plain text, with a trailing newline', 'limit exceeded\n', 'text/plain'],
    ['the plain text labelled as JSON', 'limit exceeded', 'application/json'],
  ])('%s is the example’s reading', (_name, body, contentType) => {
    const verdict = judge(limitBody, with429({ limit: 10, remaining: 0, reset: 1, body, contentType }));
    expect(verdict.kind).toBe('holds');
    expect(noteOf(verdict)).toBe(
      `The 429 body is the plain text of the 429 example (${contentType}) on 1 of 1.`,
    );
  });

  test('the JSON error body is the other reading', () => {
    const verdict = judge(limitBody, with429({ body: JSON_ERROR, contentType: 'application/json' }));
    expect(noteOf(verdict)).toBe(
      'The 429 body is the JSON error body "all errors" return (application/json) on 1 of 1.',
    );
  });

  test.each([
    [
      'an HTML page',
      '<html><body>Too many</body></html>',
      'text/html',
      'text/html "<html><body>Too many</body></html>"',
    ],
    ['an empty body', '', 'text/plain', 'an empty body (text/plain)'],
    [
      'JSON that is not the error body',
      '{"error":"slow down"}',
      'application/json',
      'application/json "{\\"error\\":\\"slow down\\"}"',
    ],
  ])('%s is a violation', (_name, body, contentType, actual) => {
    expect(actuals(judge(limitBody, with429({ body, contentType })))).toEqual([
      `${actual} on burst request 11 (429, at +1010 ms)`,
    ]);
  });

  test('--strict limit-body=json makes the text a violation', () => {
    expect(actuals(judge(limitBody, with429({}), { limitBody: 'json' }))).toEqual([
      'the plain text of the 429 example on burst request 11 (429, at +1010 ms)',
    ]);
  });

  test('--strict limit-body=text makes the JSON a violation', () => {
    expect(judge(limitBody, with429({ body: JSON_ERROR }), { limitBody: 'text' }).kind).toBe('violated');
    expect(judge(limitBody, with429({}), { limitBody: 'text' }).kind).toBe('holds');
  });
});
