import request from 'supertest';
import { createReferenceServer, DEMO_ACCOUNT } from '../../src/server';
import { tokenOf } from './support/demo-login';

const server = createReferenceServer({ rate: 1000 });
const userById = (id: string) => request(server).get(`/api/v1/users/${id}`);

async function demoUserId(token: string): Promise<string> {
  const me = await request(server).get('/api/v1/users/me').set('Authorization', `Bearer ${token}`);
  return me.body.id;
}

test('a known user, to the session of that user: 200 with the User object', async () => {
  const token = await tokenOf(server);
  const id = await demoUserId(token);
  const response = await userById(id).set('Authorization', `Bearer ${token}`);
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ id, email: DEMO_ACCOUNT.email, password: '' });
});

test('an unknown id is a 404 with the error body', async () => {
  const token = await tokenOf(server);
  const response = await userById('qqqqqqqqqqqqqqqqqqqqqqqqqq').set('Authorization', `Bearer ${token}`);
  expect(response.status).toBe(404);
  expect(response.body).toEqual({
    message: expect.stringMatching(/\S/),
    detailed_error: expect.any(String),
    request_id: response.headers['x-request-id'],
    status_code: 404,
  });
});

test('without a session this server issued, 401 with the error body and no user', async () => {
  const token = await tokenOf(server);
  const id = await demoUserId(token);
  for (const headers of [{}, { Authorization: 'Bearer hyr5dmb1mbb49c44qmx4whniso' }]) {
    const response = await userById(id).set(headers);
    expect(response.status).toBe(401);
    expect(response.body.status_code).toBe(401);
    expect(response.body.email).toBeUndefined();
  }
});

test('a concrete path wins over the template: /users/me stays the current user, /users/login a 405 to GET', async () => {
  const token = await tokenOf(server);
  expect((await request(server).get('/api/v1/users/me').set('Authorization', `Bearer ${token}`)).status).toBe(
    200,
  );
  expect((await request(server).get('/api/v1/users/login')).status).toBe(405);
});
