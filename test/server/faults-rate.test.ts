import request from 'supertest';
import type { ServerOptions } from '../../src/server';
import { faultServer } from './support/fault-server';

interface Seen {
  status: number;
  limit?: string;
  remaining?: string;
  reset?: string;
}

/** Sends `count` requests at one instant of a stopped clock; returns what each answered. */
async function burst(server: ReturnType<typeof faultServer>['server'], count: number): Promise<Seen[]> {
  const seen: Seen[] = [];
  for (let i = 0; i < count; i++) {
    const { status, headers } = await request(server).get('/api/v1/users/me');
    seen.push({
      status,
      limit: headers['x-ratelimit-limit'],
      remaining: headers['x-ratelimit-remaining'],
      reset: headers['x-ratelimit-reset'],
    });
  }
  return seen;
}

const withRate = (fault: string, rate: number, options: Partial<ServerOptions> = {}) =>
  faultServer(fault, { rate, ...options });

test('no-rate-headers: no response carries a rate-limit header, and the limit still holds', async () => {
  const seen = await burst(withRate('no-rate-headers', 1).server, 2);
  expect(seen).toEqual([{ status: 401 }, { status: 429 }]);
});

test('rate-headers-on-success-only: a 401 lacks them, a 429 keeps them', async () => {
  const seen = await burst(withRate('rate-headers-on-success-only', 1).server, 2);
  expect(seen).toEqual([{ status: 401 }, { status: 429, limit: '1', remaining: '0', reset: '1' }]);
});

test('limit-not-integer: Limit reads 10.0', async () => {
  expect((await burst(withRate('limit-not-integer', 10).server, 1))[0]?.limit).toBe('10.0');
});

test('limit-varies: Limit alternates between the true one and one more; enforcement is the true one', async () => {
  const seen = await burst(withRate('limit-varies', 3).server, 4);
  expect(seen.map((s) => [s.status, s.limit, s.remaining])).toEqual([
    [401, '3', '2'],
    [401, '4', '1'],
    [401, '3', '0'],
    [429, '4', '0'],
  ]);
});

test('remaining-above-limit: Remaining starts at Limit + 4, and Limit + 5 requests go through', async () => {
  const seen = await burst(withRate('remaining-above-limit', 2).server, 8);
  expect(seen.map((s) => s.remaining)).toEqual(['6', '5', '4', '3', '2', '1', '0', '0']);
  expect(seen.map((s) => s.status)).toEqual([401, 401, 401, 401, 401, 401, 401, 429]);
  expect(new Set(seen.map((s) => s.limit))).toEqual(new Set(['2']));
});

test('remaining-stuck: Remaining stays at Limit - 1 and nothing is denied', async () => {
  const seen = await burst(withRate('remaining-stuck', 2).server, 5);
  expect(seen.map((s) => [s.status, s.remaining])).toEqual(Array(5).fill([401, '1']));
});

test('remaining-counts-double: Remaining falls by two, denial comes at the true count', async () => {
  const seen = await burst(withRate('remaining-counts-double', 4).server, 5);
  expect(seen.map((s) => [s.status, s.remaining])).toEqual([
    [401, '2'],
    [401, '0'],
    [401, '0'],
    [401, '0'],
    [429, '0'],
  ]);
});

test('limit-not-enforced: Remaining counts down to 0, and no request is denied', async () => {
  const seen = await burst(withRate('limit-not-enforced', 2).server, 4);
  expect(seen.map((s) => [s.status, s.remaining])).toEqual([
    [401, '1'],
    [401, '0'],
    [401, '0'],
    [401, '0'],
  ]);
});

test('limit-not-enforced works with the token bucket too', async () => {
  const seen = await burst(withRate('limit-not-enforced', 2, { limiter: 'token-bucket' }).server, 5);
  expect(seen.every((s) => s.status === 401)).toBe(true);
});

test('limit-enforced-early: denial once half the allowance is used, while Remaining showed more', async () => {
  const seen = await burst(withRate('limit-enforced-early', 4).server, 3);
  expect(seen.map((s) => [s.status, s.remaining])).toEqual([
    [401, '3'],
    [401, '2'],
    [429, '0'],
  ]);
});

test('limit-status-503: the denial is a 503 with the JSON error body and the rate headers', async () => {
  const { server } = withRate('limit-status-503', 1);
  await request(server).get('/api/v1/users/me');
  const denied = await request(server).get('/api/v1/users/me');
  expect([denied.status, denied.body.status_code, denied.headers['x-ratelimit-remaining']]).toEqual([
    503,
    503,
    '0',
  ]);
});

test('limit-429-without-headers: the 429 has no rate headers; other answers keep them', async () => {
  const seen = await burst(withRate('limit-429-without-headers', 1).server, 2);
  expect(seen).toEqual([{ status: 401, limit: '1', remaining: '0', reset: '1' }, { status: 429 }]);
});

test('limit-429-remaining-nonzero: the 429 says Remaining 3', async () => {
  const seen = await burst(withRate('limit-429-remaining-nonzero', 1).server, 2);
  expect(seen[1]).toMatchObject({ status: 429, remaining: '3' });
});

test('limit-body-html: the 429 body is an HTML page', async () => {
  const { server } = withRate('limit-body-html', 1);
  await request(server).get('/api/v1/users/me');
  const denied = await request(server).get('/api/v1/users/me');
  expect([denied.status, denied.headers['content-type']]).toEqual([429, 'text/html; charset=utf-8']);
  expect(denied.text).toMatch(/^<!DOCTYPE html>/);
});

test('reset-milliseconds: Reset is the epoch in milliseconds', async () => {
  const { server, clock } = withRate('reset-milliseconds', 10);
  const [seen] = await burst(server, 1);
  expect(seen?.reset).toBe(String(clock.now() + 1000));
});

test('reset-understated: denied until 3 s past the moment the first 429 named, while Reset says 1', async () => {
  const { server, clock } = withRate('reset-understated', 1);
  await burst(server, 1);
  const [denied] = await burst(server, 1);
  expect(denied).toMatchObject({ status: 429, reset: '1' });
  clock.advance(1000);
  expect((await burst(server, 1))[0]).toMatchObject({ status: 429, reset: '1' });
  clock.advance(2999);
  expect((await burst(server, 1))[0]).toMatchObject({ status: 429, reset: '1' });
  clock.advance(1);
  expect((await burst(server, 1))[0]?.status).toBe(401);
});

test('reset-overstated: Reset says 6 s, yet the allowance is back after 1 s', async () => {
  const { server, clock } = withRate('reset-overstated', 1);
  await burst(server, 1);
  const [denied] = await burst(server, 1);
  expect(denied).toMatchObject({ status: 429, reset: '6' });
  clock.advance(1000);
  expect((await burst(server, 1))[0]?.status).toBe(401);
});
