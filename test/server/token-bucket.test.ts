import request from 'supertest';
import { createReferenceServer } from '../../src/server';
import { TokenBucketLimiter } from '../../src/server/rate-limit/token-bucket';
import { SteppingClock } from './support/stepping-clock';

describe('the token-bucket (GCRA) limiter', () => {
  test('Limit is burst + 1; a full bucket lets burst + 1 requests through at once', () => {
    const limiter = new TokenBucketLimiter(10, 2);
    const decisions = [0, 0, 0, 0].map((t) => limiter.decide('client', t));
    expect(decisions.map((d) => [d.allowed, d.limit, d.remaining])).toEqual([
      [true, 3, 2],
      [true, 3, 1],
      [true, 3, 0],
      [false, 3, 0],
    ]);
  });

  test('Reset is the moment the bucket is full again', () => {
    const limiter = new TokenBucketLimiter(10, 2);
    for (let i = 0; i < 3; i++) limiter.decide('client', 0);
    expect(limiter.decide('client', 0).resetAtMs).toBe(300);
    expect(limiter.decide('client', 300).remaining).toBe(2);
  });

  test('refills continuously: one request every 1/rate seconds', () => {
    const limiter = new TokenBucketLimiter(10, 2);
    for (let i = 0; i < 3; i++) limiter.decide('client', 0);
    expect(limiter.decide('client', 99).allowed).toBe(false);
    expect(limiter.decide('client', 100)).toMatchObject({ allowed: true, remaining: 0 });
    expect(limiter.decide('client', 100).allowed).toBe(false);
  });

  test('denied requests do not consume', () => {
    const limiter = new TokenBucketLimiter(10, 0);
    limiter.decide('client', 0);
    for (let i = 0; i < 20; i++) limiter.decide('client', 50);
    expect(limiter.decide('client', 100).allowed).toBe(true);
  });

  test('an interval that is not a whole number of milliseconds adds up exactly', () => {
    const limiter = new TokenBucketLimiter(3, 2);
    for (let i = 0; i < 3; i++) limiter.decide('client', 0);
    expect(limiter.decide('client', 1000)).toMatchObject({ allowed: true, remaining: 2 });
  });
});

describe('the token-bucket server', () => {
  test('burst defaults to rate: Limit is rate + 1', async () => {
    const server = createReferenceServer({ limiter: 'token-bucket', rate: 10, clock: new SteppingClock() });
    const response = await request(server).get('/api/v1/users/me');
    expect(response.headers).toMatchObject({ 'x-ratelimit-limit': '11', 'x-ratelimit-remaining': '10' });
  });

  test('after waiting Reset, the whole allowance is back', async () => {
    const clock = new SteppingClock();
    const server = createReferenceServer({ limiter: 'token-bucket', rate: 4, burst: 3, clock });
    let last = await request(server).get('/api/v1/users/me');
    for (let i = 0; i < 4; i++) last = await request(server).get('/api/v1/users/me');
    expect([last.status, last.headers['x-ratelimit-reset']]).toEqual([429, '1']);
    clock.advance(Number(last.headers['x-ratelimit-reset']) * 1000);
    const back = await request(server).get('/api/v1/users/me');
    expect([back.status, back.headers['x-ratelimit-remaining']]).toEqual([401, '3']);
  });
});
