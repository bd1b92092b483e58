import request from 'supertest';
import { curlLogin } from './support/demo-login';
import { faultServer } from './support/fault-server';

test('api-under-v2: the API answers under /api/v2/, and /api/v1/ is a 404 with the usual headers', async () => {
  const { server } = faultServer('api-under-v2');
  const v1 = await curlLogin(server);
  expect(v1.status).toBe(404);
  expect(v1.headers['x-ratelimit-limit']).toBe('1000');
  const v2 = await request(server)
    .post('/api/v2/users/login')
    .send('{"name":"exampleteam","email":"someone@nowhere.com","password":"thisisabadpassword"}');
  expect(v2.status).toBe(200);
  expect(v2.headers.token).toMatch(/^[a-z0-9]{26}$/);
});

test('html-not-found: an unknown route answers an HTML page; other errors keep the JSON body', async () => {
  const { server } = faultServer('html-not-found');
  const page = await request(server).get('/api/v1/no-such-route');
  expect([page.status, page.headers['content-type']]).toEqual([404, 'text/html; charset=utf-8']);
  expect(() => JSON.parse(page.text)).toThrow();
  expect((await request(server).get('/api/v1/users/me')).body.status_code).toBe(401);
});

test('json-labelled-text: JSON bodies are labelled text/plain', async () => {
  const { server } = faultServer('json-labelled-text');
  const response = await request(server).get('/api/v1/users/me');
  expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(JSON.parse(response.text).status_code).toBe(401);
});

test('no-request-id: no X-Request-Id header, while the error body keeps its request_id', async () => {
  const { server } = faultServer('no-request-id');
  const response = await request(server).get('/api/v1/users/me');
  expect(response.headers['x-request-id']).toBeUndefined();
  expect(response.body.request_id).toMatch(/^[a-z0-9]{26}$/);
});

test('constant-request-id: every response has the same id, header and body agreeing', async () => {
  const { server } = faultServer('constant-request-id');
  const first = await request(server).get('/api/v1/users/me');
  const second = await request(server).get('/api/v1/no-such-route');
  expect(first.headers['x-request-id']).toBe(second.headers['x-request-id']);
  expect(first.body.request_id).toBe(first.headers['x-request-id']);
});

test('empty-request-id: the X-Request-Id header is empty, the error body keeps its request_id', async () => {
  const response = await request(faultServer('empty-request-id').server).get('/api/v1/users/me');
  expect(response.headers['x-request-id']).toBe('');
  expect(response.body.request_id).toMatch(/^[a-z0-9]{26}$/);
});

test('me-method-not-allowed: GET /users/me answers 405 with the error body; login still works', async () => {
  const { server } = faultServer('me-method-not-allowed');
  const me = await request(server).get('/api/v1/users/me');
  expect([me.status, me.body.status_code]).toEqual([405, 405]);
  expect((await curlLogin(server)).status).toBe(200);
});
