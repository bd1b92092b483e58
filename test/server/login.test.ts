import request from 'supertest';
import { createReferenceServer, DEMO_ACCOUNT } from '../../src/server';
import { curlLogin, loginWith } from './support/demo-login';

const ID = /^[a-z0-9]{26}$/;

describe("the document's curl example", () => {
  test('a login sent as the curl example sends it answers as the document shows', async () => {
    const server = createReferenceServer();
    const response = await curlLogin(server);

    expect(response.status).toBe(200);
    const token = response.headers.token;
    expect(token).toMatch(ID);
    expect(response.headers['set-cookie']).toEqual([`MMSID=${token}; Path=/; Max-Age=2592000; HttpOnly`]);
    expect(response.headers).toMatchObject({
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '9',
      'x-ratelimit-reset': '1',
      'x-version-id': 'developer',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(response.headers['x-request-id']).toMatch(ID);
    expect(Number.isNaN(Date.parse(response.headers.date ?? ''))).toBe(false);
    expect(response.body).toMatchObject({ email: DEMO_ACCOUNT.email, username: 'someone', password: '' });
  });

  test('the Token from it, sent with Authorization: Bearer, authenticates /users/me', async () => {
    const server = createReferenceServer({ rate: 1000 });
    const token = (await curlLogin(server)).headers.token;
    const me = await request(server).get('/api/v1/users/me').set('Authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: DEMO_ACCOUNT.email, password: '' });
  });

  test('each login gets a token of its own', async () => {
    const server = createReferenceServer({ rate: 1000 });
    const first = await loginWith(server);
    const second = await loginWith(server);
    expect(first.headers.token).not.toBe(second.headers.token);
  });
});

describe('refused logins', () => {
  const server = createReferenceServer({ rate: 1000 });

  test.each([
    ['malformed JSON', '{"name":'],
    ['a JSON array', '[]'],
    ['JSON null', 'null'],
    ['an empty body', ''],
  ])('%s answers 400 with the error body', async (_what, body) => {
    const response = await curlLogin(server, body);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual({
      message: expect.stringMatching(/\S/),
      detailed_error: expect.any(String),
      request_id: response.headers['x-request-id'],
      status_code: 400,
    });
  });

  test.each(['name', 'email', 'password'])('a login without %s answers 400', async (field) => {
    const response = await loginWith(server, { [field]: undefined });
    expect(response.status).toBe(400);
    expect(response.body.detailed_error).toContain(field);
  });

  test.each([
    ['an unknown team', { name: 'no-such-team' }],
    ['an unknown email', { email: 'nobody@nowhere.com' }],
    ['a wrong password', { password: 'not-the-password' }],
  ])('%s answers 401 with the error body and no token', async (_what, fields) => {
    const response = await loginWith(server, fields);
    expect(response.status).toBe(401);
    expect(response.headers.token).toBeUndefined();
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.body).toMatchObject({ status_code: 401, request_id: response.headers['x-request-id'] });
  });

  test('no error message repeats the password that was sent', async () => {
    const response = await loginWith(server, { password: 'a-secret-guess' });
    expect(response.text).not.toContain('a-secret-guess');
  });
});

describe('lockout', () => {
  test('after lockoutAfter wrong passwords in a row, even the right one is refused as locked', async () => {
    const server = createReferenceServer({ rate: 1000, lockoutAfter: 3 });
    for (let i = 0; i < 3; i++) {
      const wrong = await loginWith(server, { password: 'wrong' });
      expect(wrong.body.message).not.toMatch(/locked/i);
    }
    const right = await loginWith(server);
    expect(right.status).toBe(401);
    expect(right.body.message).toMatch(/locked/i);
    expect(right.headers.token).toBeUndefined();
  });

  test('a good login resets the count of wrong passwords', async () => {
    const server = createReferenceServer({ rate: 1000, lockoutAfter: 3 });
    for (let round = 0; round < 3; round++) {
      await loginWith(server, { password: 'wrong' });
      await loginWith(server, { password: 'wrong' });
      expect((await loginWith(server)).status).toBe(200);
    }
  });
});
