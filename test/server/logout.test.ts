import request from 'supertest';
import { createReferenceServer } from '../../src/server';
import { DEMO_USER } from '../../src/server/auth/demo-user';
import { tokenOf } from './support/demo-login';

const server = createReferenceServer({ rate: 1000 });
const logout = () => request(server).post('/api/v1/users/logout');
const me = (token: string) => request(server).get('/api/v1/users/me').set('Authorization', `Bearer ${token}`);

test('a Bearer token ends its session: 200 with the user id, the cookie expired, the token refused after', async () => {
  const token = await tokenOf(server);
  expect((await me(token)).status).toBe(200);
  const response = await logout().set('Authorization', `Bearer ${token}`);
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ user_id: DEMO_USER.id });
  expect(response.headers['set-cookie']).toEqual(['MMSID=; Path=/; Max-Age=0; HttpOnly']);
  expect((await me(token)).status).toBe(401);
});

test('the MMSID cookie ends its session too, and other sessions stay', async () => {
  const ended = await tokenOf(server);
  const kept = await tokenOf(server);
  expect((await logout().set('Cookie', `MMSID=${ended}`)).status).toBe(200);
  expect((await me(ended)).status).toBe(401);
  expect((await me(kept)).status).toBe(200);
});

test('with logoutEnds every-session, a logout ends every session of its user', async () => {
  const everywhere = createReferenceServer({ rate: 1000, logoutEnds: 'every-session' });
  const [ended, other] = [await tokenOf(everywhere), await tokenOf(everywhere)];
  const meOn = (token: string) =>
    request(everywhere).get('/api/v1/users/me').set('Authorization', `Bearer ${token}`);
  expect(
    (await request(everywhere).post('/api/v1/users/logout').set('Cookie', `MMSID=${ended}`)).status,
  ).toBe(200);
  expect([(await meOn(ended)).status, (await meOn(other)).status]).toEqual([401, 401]);
});

test.each([
  ['no credentials', {}],
  ['a token the server never issued', { Authorization: 'Bearer hyr5dmb1mbb49c44qmx4whniso' }],
])('%s: 401 with the error body, nothing ended', async (_what, headers) => {
  const response = await logout().set(headers);
  expect(response.status).toBe(401);
  expect(response.body).toMatchObject({ status_code: 401, request_id: response.headers['x-request-id'] });
});

test('another method on the logout path is a 405 that names POST', async () => {
  const response = await request(server).get('/api/v1/users/logout');
  expect(response.status).toBe(405);
  expect(response.headers.allow).toBe('POST');
});
