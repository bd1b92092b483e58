import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pacer, readRetryAfter } from '../../src/ratelimit/pacer';

const NAMES = {
  rateLimit: 'X-Ratelimit-Limit',
  rateRemaining: 'X-Ratelimit-Remaining',
  rateReset: 'X-Ratelimit-Reset',
};
const NOW = Date.UTC(2015, 8, 11, 13, 21, 14);

test('waits only once the allowance is spent, until the reset', () => {
  const pacer = new Pacer(NAMES);
  pacer.observe({ 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': '1' }, NOW);
  expect(pacer.delayMs(NOW)).toBe(0);
  pacer.observe({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' }, NOW);
  expect(pacer.delayMs(NOW)).toBe(1100);
});

test('requests go together only while the allowance covers them all; known to, only once an answer said so', () => {
  const pacer = new Pacer(NAMES);
  expect(pacer.covers(6)).toBe(true);
  expect(pacer.knownToCover(1)).toBe(false);
  pacer.observe({ 'x-ratelimit-remaining': '6', 'x-ratelimit-reset': '1' }, NOW);
  expect(pacer.covers(6)).toBe(true);
  expect(pacer.covers(7)).toBe(false);
  expect(pacer.knownToCover(6)).toBe(true);
  expect(pacer.knownToCover(7)).toBe(false);
  pacer.observe({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' }, NOW);
  expect(pacer.covers(1)).toBe(false);
});

test('a set that would take more than a tenth of Limit goes one after another, however much remains', () => {
  const pacer = new Pacer(NAMES);
  pacer.observe({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '9', 'x-ratelimit-reset': '1' }, NOW);
  expect(pacer.covers(1)).toBe(true);
  expect(pacer.covers(2)).toBe(false);
  const later = NOW + 1000;
  pacer.observe(
    { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '99', 'x-ratelimit-reset': '1' },
    later,
  );
  expect(pacer.covers(10)).toBe(true);
  expect(pacer.covers(11)).toBe(false);
});

test('answers that come back out of order: the request sent last, or the least allowance of those sent together', () => {
  const pacer = new Pacer(NAMES);
  // Sent at NOW and NOW + 5; the later one's answer (3 left) arrives first.
  pacer.observe({ 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': '1' }, NOW + 20, NOW + 5);
  pacer.observe({ 'x-ratelimit-remaining': '4', 'x-ratelimit-reset': '1' }, NOW + 30, NOW);
  expect(pacer.covers(4)).toBe(false);
  expect(pacer.covers(3)).toBe(true);
  // Sent together at NOW + 40: the least allowance stands, whichever answer comes last.
  pacer.observe({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' }, NOW + 50, NOW + 40);
  pacer.observe({ 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '1' }, NOW + 60, NOW + 40);
  expect(pacer.delayMs(NOW + 60)).toBe(1100 - 10);
});

test('after a 429, Retry-After in seconds comes first', () => {
  const pacer = new Pacer(NAMES);
  expect(pacer.retryDelayMs({ 'retry-after': '2' }, NOW)).toBe(2100);
});

describe('Retry-After', () => {
  test('as delay-seconds', () => {
    expect(readRetryAfter('3', NOW, {})).toBe(3000);
  });

  test("as an HTTP-date, against the response's own Date", () => {
    const headers = { date: new Date(NOW + 60_000).toUTCString() };
    expect(readRetryAfter(new Date(NOW + 62_000).toUTCString(), NOW, headers)).toBe(2000);
  });

  test('unreadable, or absent', () => {
    expect(readRetryAfter('soon', NOW, {})).toBeUndefined();
    expect(readRetryAfter(undefined, NOW, {})).toBeUndefined();
  });
});

test('an epoch Reset is read with the tightest of the recent Dates, never early', () => {
  // The two clocks agree. A Date stamped just after a second boundary pins the skew to within
  // 10 ms; one stamped late in its second, alone, would put the reset 0.8 s later than it is.
  const reset = String(NOW / 1000 + 2);
  const date = new Date(NOW + 1000).toUTCString();
  const alone = new Pacer(NAMES);
  alone.observe({ date, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, NOW + 1800);
  expect(alone.delayMs(NOW + 1800)).toBe(1000 + 100);

  const pacer = new Pacer(NAMES);
  pacer.observe({ date, 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': reset }, NOW + 1010);
  pacer.observe({ date, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, NOW + 1800);
  expect(pacer.delayMs(NOW + 1800)).toBe(210 + 100);
});

describe("a window's reset, named to the second by each of its answers", () => {
  const answer = (remaining: number) => ({
    'x-ratelimit-limit': '10',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': '1',
  });

  /** A window seen reset: Remaining back from 2 to 9 within 50 ms, more than a bucket of 10 a second refills. */
  function pacerThatSawWindows(): Pacer {
    const pacer = new Pacer(NAMES);
    pacer.observe(answer(2), NOW - 2000);
    pacer.observe(answer(9), NOW - 1950, NOW - 1990);
    return pacer;
  }

  test('where the limit has shown windows, the first answer of a window bounds its reset closest', () => {
    const pacer = pacerThatSawWindows();
    for (let left = 9; left >= 0; left--) pacer.observe(answer(left), NOW + (9 - left) * 80);
    // The first answer (NOW) said 1 s; the last (NOW + 720) says 1 s too.
    expect(pacer.delayMs(NOW + 720)).toBe(1000 + 100 - 720);
  });

  test('until then, the reset the last answer named: a bucket may refill slower than Limit a second', () => {
    const pacer = new Pacer(NAMES);
    for (let left = 9; left >= 0; left--) pacer.observe(answer(left), NOW + (9 - left) * 80);
    expect(pacer.delayMs(NOW + 720)).toBe(1100);
    // The earliest moment the allowance can be whole is still the first answer's: a caller checks it.
    expect(pacer.earliestResetAtMs()).toBe(NOW + 1000);
  });

  test('Remaining rising as a bucket of Limit a second can refill shows no window', () => {
    const pacer = new Pacer(NAMES);
    pacer.observe(answer(2), NOW - 2000);
    pacer.observe(answer(9), NOW - 1300, NOW - 1990);
    for (let left = 9; left >= 0; left--) pacer.observe(answer(left), NOW + (9 - left) * 80);
    expect(pacer.delayMs(NOW + 720)).toBe(1100);
  });

  test('Remaining rose: a new window, whose own answers name its reset', () => {
    const pacer = pacerThatSawWindows();
    pacer.observe(answer(2), NOW);
    pacer.observe(answer(9), NOW + 300);
    pacer.observe(answer(0), NOW + 700);
    expect(pacer.delayMs(NOW + 700)).toBe(1300 + 100 - 700);
  });

  test('a moment already past, at which nothing reset, is dropped', () => {
    const pacer = pacerThatSawWindows();
    pacer.observe(answer(5), NOW);
    pacer.observe(answer(0), NOW + 1500);
    expect(pacer.delayMs(NOW + 1500)).toBe(1100);
  });
});

test("a pacer's state is handed on through a file: the next pacer starts where it stopped", () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pacer-')), 'pacer.json');
  const first = new Pacer(NAMES);
  first.observe({ 'x-ratelimit-limit': '10', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' }, NOW);
  first.save(file);
  const next = new Pacer(NAMES, file);
  expect(next.delayMs(NOW)).toBe(1100);
  expect(next.earliestResetAtMs()).toBe(NOW + 1000);
});
