import request from 'supertest';
import { DEMO_ACCOUNT } from '../../src/server';
import { loginWith, tokenOf } from './support/demo-login';
import { faultServer } from './support/fault-server';

// The faults that only a judgement over every exchange of a run catches.

test('session-not-kept: a token authenticates 5 requests, then the session is forgotten', async () => {
  const { server } = faultServer('session-not-kept');
  const token = await tokenOf(server);
  const me = () => request(server).get('/api/v1/users/me').set('Authorization', `Bearer ${token}`);
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) statuses.push((await me()).status);
  expect(statuses).toEqual([200, 200, 200, 200, 200, 401, 401]);
  // Another session is counted on its own.
  const other = await tokenOf(server);
  expect((await request(server).get('/api/v1/users/me').set('Authorization', `Bearer ${other}`)).status).toBe(
    200,
  );
});

test('password-in-later-user: the first User object served is clean, every later one carries the password', async () => {
  const { server } = faultServer('password-in-later-user');
  const first = await loginWith(server);
  expect(first.body.password).toBe('');
  const me = await request(server)
    .get('/api/v1/users/me')
    .set('Authorization', `Bearer ${first.headers.token}`);
  expect(me.body.password).toBe(DEMO_ACCOUNT.password);
  expect((await loginWith(server)).body.password).toBe(DEMO_ACCOUNT.password);
});

test('limit-body-status-code-400: a JSON 429 says 400; a text 429 and every other error body are right', async () => {
  const json = faultServer('limit-body-status-code-400', { rate: 1, limitBody: 'json' }).server;
  await request(json).get('/api/v1/users/me');
  const denied = await request(json).get('/api/v1/users/me');
  expect([denied.status, denied.body.status_code]).toEqual([429, 400]);

  const text = faultServer('limit-body-status-code-400', { rate: 1 }).server;
  const refused = await request(text).get('/api/v1/users/me');
  expect([refused.status, refused.body.status_code]).toEqual([401, 401]);
  const plain = await request(text).get('/api/v1/users/me');
  expect([plain.status, plain.text.trim()]).toEqual([429, 'limit exceeded']);
});
