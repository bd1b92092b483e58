import request from 'supertest';
import { faultServer } from './support/fault-server';

/** The statuses and Remaining of `count` requests at one instant of a stopped clock. */
async function burst(limiter: 'fixed-window' | 'token-bucket', rate: number, count: number) {
  const { server } = faultServer('limit-one-over', { rate, limiter });
  const seen: [number, string | undefined][] = [];
  for (let i = 0; i < count; i++) {
    const { status, headers } = await request(server).get('/api/v1/users/me');
    seen.push([status, headers['x-ratelimit-remaining']]);
  }
  return seen;
}

test('limit-one-over: a window lets Limit + 1 through, the last with Remaining 0, then denies', async () => {
  expect(await burst('fixed-window', 2, 5)).toEqual([
    [401, '1'],
    [401, '0'],
    [401, '0'],
    [429, '0'],
    [429, '0'],
  ]);
});

test('limit-one-over: a bucket run dry lets one more through, once', async () => {
  const seen = await burst('token-bucket', 2, 6);
  // Limit is burst + 1 = 3 for the bucket.
  expect(seen.map(([status]) => status)).toEqual([401, 401, 401, 401, 429, 429]);
  expect(seen[3]).toEqual([401, '0']);
});
