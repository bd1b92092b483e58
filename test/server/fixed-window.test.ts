import request from 'supertest';
import { createReferenceServer } from '../../src/server';
import { FixedWindowLimiter } from '../../src/server/rate-limit/fixed-window';
import { SteppingClock } from './support/stepping-clock';

describe('the fixed-window limiter', () => {
  test('allows `rate` requests a window, Remaining falling by one each, then denies with Remaining 0', () => {
    const limiter = new FixedWindowLimiter(3);
    const decisions = [0, 10, 20, 30].map((t) => limiter.decide('client', t));
    expect(decisions.map((d) => [d.allowed, d.limit, d.remaining])).toEqual([
      [true, 3, 2],
      [true, 3, 1],
      [true, 3, 0],
      [false, 3, 0],
    ]);
  });

  test('a window starts at the first request and lasts one second', () => {
    const limiter = new FixedWindowLimiter(1);
    expect(limiter.decide('client', 250).resetAtMs).toBe(1250);
    expect(limiter.decide('client', 1249).allowed).toBe(false);
    const next = limiter.decide('client', 1250);
    expect(next).toEqual({ allowed: true, limit: 1, remaining: 0, resetAtMs: 2250 });
  });

  test('denied requests do not count against the next window', () => {
    const limiter = new FixedWindowLimiter(2);
    for (let i = 0; i < 10; i++) limiter.decide('client', 0);
    expect(limiter.decide('client', 1000).remaining).toBe(1);
  });

  test('each client has its own window', () => {
    const limiter = new FixedWindowLimiter(1);
    limiter.decide('a', 0);
    expect(limiter.decide('b', 0).allowed).toBe(true);
  });
});

describe('the fixed-window server', () => {
  const me = (server: ReturnType<typeof createReferenceServer>) => request(server).get('/api/v1/users/me');

  test('Reset counts the seconds left in the window, rounded up', async () => {
    const clock = new SteppingClock();
    const server = createReferenceServer({ rate: 3, clock });
    expect((await me(server)).headers['x-ratelimit-reset']).toBe('1');
    clock.advance(999);
    expect((await me(server)).headers['x-ratelimit-reset']).toBe('1');
  });

  test('with resetForm epoch, Reset is the epoch second the window ends, rounded up', async () => {
    const clock = new SteppingClock(1_441_983_589_400);
    const server = createReferenceServer({ rate: 3, resetForm: 'epoch', clock });
    expect((await me(server)).headers['x-ratelimit-reset']).toBe('1441983591');
  });

  test('once spent, 429 until the window ends; then a fresh allowance', async () => {
    const clock = new SteppingClock();
    const server = createReferenceServer({ rate: 2, clock });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await me(server)).status);
    expect(statuses).toEqual([401, 401, 429, 429]);
    clock.advance(1000);
    const fresh = await me(server);
    expect([fresh.status, fresh.headers['x-ratelimit-remaining']]).toEqual([401, '1']);
  });

  test('on the real clock, a client waiting Reset seconds after a 429 gets through', async () => {
    const server = createReferenceServer({ rate: 2 });
    await me(server);
    await me(server);
    const denied = await me(server);
    expect(denied.status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, Number(denied.headers['x-ratelimit-reset']) * 1000));
    expect((await me(server)).status).toBe(401);
  });
});
