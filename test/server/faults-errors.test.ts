import request from 'supertest';
import { curlLogin, loginWith } from './support/demo-login';
import { faultServer } from './support/fault-server';

const unauthenticated = (fault: string) => request(faultServer(fault).server).get('/api/v1/users/me');

test('error-body-missing-field: the error body has no detailed_error', async () => {
  const response = await unauthenticated('error-body-missing-field');
  expect(Object.keys(response.body).sort()).toEqual(['message', 'request_id', 'status_code']);
});

test('error-status-code-string: status_code is the status as a string', async () => {
  expect((await unauthenticated('error-status-code-string')).body.status_code).toBe('401');
});

test('error-status-code-mismatch: status_code says 400 on a 401', async () => {
  const response = await unauthenticated('error-status-code-mismatch');
  expect([response.status, response.body.status_code]).toEqual([401, 400]);
});

test('error-request-id-mismatch: request_id differs from X-Request-Id', async () => {
  const response = await unauthenticated('error-request-id-mismatch');
  expect(response.body.request_id).toMatch(/^[a-z0-9]{26}$/);
  expect(response.body.request_id).not.toBe(response.headers['x-request-id']);
});

test('error-empty-message: message is empty', async () => {
  expect((await unauthenticated('error-empty-message')).body.message).toBe('');
});

test('malformed-json-500: a login body that is not JSON answers 500', async () => {
  const { server } = faultServer('malformed-json-500');
  expect((await curlLogin(server, '{"name":')).status).toBe(500);
  expect((await loginWith(server, { password: undefined })).status).toBe(400);
});

test('missing-fields-200: a login without a password answers 200 {} with no token', async () => {
  const { server } = faultServer('missing-fields-200');
  const response = await loginWith(server, { password: undefined });
  expect([response.status, response.body, response.headers.token]).toEqual([200, {}, undefined]);
});

test('unknown-route-200: an unknown route answers 200', async () => {
  const { server } = faultServer('unknown-route-200');
  expect((await request(server).get('/api/v1/no-such-route')).status).toBe(200);
});

test('wrong-method-500: a wrong method answers 500 with the error body', async () => {
  const { server } = faultServer('wrong-method-500');
  const response = await request(server).get('/api/v1/users/login');
  expect([response.status, response.body.status_code]).toEqual([500, 500]);
});

test('unknown-team-500: an unknown team answers 500 with database text; a wrong password is still 401', async () => {
  const { server } = faultServer('unknown-team-500');
  const response = await loginWith(server, { name: 'no-such-team' });
  expect(response.status).toBe(500);
  expect(response.body.detailed_error).toMatch(/sql/);
  expect((await loginWith(server, { password: 'wrong' })).status).toBe(401);
});

test('error-blank-message: message is blanks only', async () => {
  expect((await unauthenticated('error-blank-message')).body.message).toBe('   ');
});

test('unknown-route-302: an unknown route is redirected to /login; a wrong method is still a 405', async () => {
  const { server } = faultServer('unknown-route-302');
  const unknown = await request(server).get('/api/v1/no-such-route');
  expect([unknown.status, unknown.headers.location, unknown.text]).toEqual([302, '/login', '']);
  expect((await request(server).delete('/api/v1/users/login')).status).toBe(405);
});
