import { parseCount, readRateHeaders } from '../../src/ratelimit/rate-headers';

const NAMES = {
  rateLimit: 'X-Ratelimit-Limit',
  rateRemaining: 'X-Ratelimit-Remaining',
  rateReset: 'X-Ratelimit-Reset',
};

test('reads the three headers in any letter case', () => {
  const rate = readRateHeaders(
    { 'x-ratelimit-limit': '10', 'X-RateLimit-Remaining': '9', 'X-RATELIMIT-RESET': '1441983590' },
    NAMES,
  );
  expect(rate).toEqual({
    raw: { limit: '10', remaining: '9', reset: '1441983590' },
    limit: 10,
    remaining: 9,
    reset: 1441983590,
  });
});

test.each(['10.0', '-1', '1e3', 'ten', '', '10, 10'])('%j is not a non-negative decimal integer', (raw) => {
  expect(parseCount(raw)).toBeUndefined();
});

test('surrounding whitespace is not part of the value', () => {
  expect(parseCount(' 10 ')).toBe(10);
});
