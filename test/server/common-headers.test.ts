import request from 'supertest';
import { createReferenceServer } from '../../src/server';
import { curlLogin, loginWith } from './support/demo-login';
import { SteppingClock } from './support/stepping-clock';

const ID = /^[a-z0-9]{26}$/;

// One of each kind of answer the server gives; the last is a 429 (rate 5, six requests).
const server = createReferenceServer({ rate: 5, clock: new SteppingClock() });
const answers = [
  ['a login', () => curlLogin(server)],
  ['a refused login', () => loginWith(server, { password: 'wrong' })],
  ['an unauthenticated /users/me', () => request(server).get('/api/v1/users/me')],
  ['an unknown route', () => request(server).get('/api/v1/no-such-route')],
  ['a wrong method', () => request(server).get('/api/v1/users/login')],
  ['a 429', () => request(server).get('/api/v1/users/me')],
] as const;

let responses: request.Response[];
beforeAll(async () => {
  responses = [];
  for (const [, send] of answers) responses.push(await send());
});

test.each(answers.map(([name], index) => [name, index] as const))(
  '%s carries X-Request-Id, X-Version-Id, Date and the three rate-limit headers',
  (_name, index) => {
    const { headers } = responses[index] as request.Response;
    expect(headers['x-request-id']).toMatch(ID);
    expect(headers['x-version-id']).toBe('developer');
    expect(headers.date).toMatch(/GMT$/);
    expect(headers['x-ratelimit-limit']).toBe('5');
    expect(headers['x-ratelimit-remaining']).toMatch(/^[0-9]+$/);
    expect(headers['x-ratelimit-reset']).toMatch(/^[0-9]+$/);
  },
);

test('the six answers are what they are meant to be', () => {
  expect(responses.map((r) => r.status)).toEqual([200, 401, 401, 404, 405, 429]);
});

test('every request gets an id of its own', () => {
  const ids = new Set(responses.map((r) => r.headers['x-request-id']));
  expect(ids.size).toBe(responses.length);
});

test('an unknown route answers 404 with the error body', () => {
  const notFound = responses[3] as request.Response;
  expect(notFound.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(notFound.body).toEqual({
    message: expect.stringMatching(/\S/),
    detailed_error: expect.any(String),
    request_id: notFound.headers['x-request-id'],
    status_code: 404,
  });
});

test('a wrong method on a known route answers 405 with the error body and Allow', () => {
  const wrongMethod = responses[4] as request.Response;
  expect(wrongMethod.headers.allow).toBe('POST');
  expect(wrongMethod.body).toMatchObject({
    status_code: 405,
    request_id: wrongMethod.headers['x-request-id'],
  });
});

test('a body past the cap answers 413 with the error body', async () => {
  const big = createReferenceServer({ rate: 1000 });
  const response = await curlLogin(big, `{"name":"${'x'.repeat(70_000)}"}`);
  expect(response.status).toBe(413);
  expect(response.body.status_code).toBe(413);
});
