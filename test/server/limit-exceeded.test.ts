import request from 'supertest';
import { createReferenceServer, type ServerOptions } from '../../src/server';
import { SteppingClock } from './support/stepping-clock';

async function spend(options: Partial<ServerOptions>, path = '/api/v1/users/me') {
  const server = createReferenceServer({ rate: 1, clock: new SteppingClock(), ...options });
  await request(server).get(path);
  return request(server).get(path);
}

test('a 429 carries the documented text body and the three headers, Remaining 0', async () => {
  const denied = await spend({});
  expect(denied.status).toBe(429);
  expect(denied.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(denied.text).toBe('limit exceeded');
  expect(denied.headers).toMatchObject({
    'x-ratelimit-limit': '1',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': '1',
  });
  expect(denied.headers['x-request-id']).toMatch(/^[a-z0-9]{26}$/);
});

test('with limitBody json, a 429 carries the JSON error body', async () => {
  const denied = await spend({ limitBody: 'json' });
  expect(denied.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(denied.body).toEqual({
    message: 'limit exceeded',
    detailed_error: expect.any(String),
    request_id: denied.headers['x-request-id'],
    status_code: 429,
  });
});

test('unknown routes are rate-limited too', async () => {
  expect((await spend({}, '/api/v1/no-such-route')).status).toBe(429);
});

test("every route shares the client's one allowance", async () => {
  const server = createReferenceServer({ rate: 2, clock: new SteppingClock() });
  await request(server).get('/no-such-route');
  await request(server).post('/api/v1/users/login').send('{}');
  expect((await request(server).get('/api/v1/users/me')).status).toBe(429);
});
