import request from 'supertest';
import { DEMO_ACCOUNT } from '../../src/server';
import { ANOTHER_USER } from '../../src/server/faults/support/another-user';
import { curlLogin, loginWith } from './support/demo-login';
import { faultServer } from './support/fault-server';

const me = (server: ReturnType<typeof faultServer>['server'], headers: Record<string, string> = {}) =>
  request(server).get('/api/v1/users/me').set(headers);
const cookieToken = (response: request.Response) =>
  /^MMSID=([^;]*)/.exec((response.headers['set-cookie'] as unknown as string[])[0] ?? '')?.[1];

test('login-no-token: a good login has no Token header, yet its cookie works', async () => {
  const { server } = faultServer('login-no-token');
  const login = await curlLogin(server);
  expect([login.status, login.headers.token]).toEqual([200, undefined]);
  expect((await me(server, { Cookie: `MMSID=${cookieToken(login)}` })).status).toBe(200);
});

test('login-empty-token: a good login has an empty Token header', async () => {
  const { server } = faultServer('login-empty-token');
  expect((await curlLogin(server)).headers.token).toBe('');
});

test('login-wrong-user: a good login answers with another user', async () => {
  const { server } = faultServer('login-wrong-user');
  expect((await curlLogin(server)).body.email).toBe(ANOTHER_USER.email);
  expect(ANOTHER_USER.email).not.toBe(DEMO_ACCOUNT.email);
});

test("login-requires-json-type: the curl example's form type is refused, application/json is not", async () => {
  const { server } = faultServer('login-requires-json-type');
  expect((await curlLogin(server)).status).toBe(415);
  const json = await request(server)
    .post('/api/v1/users/login')
    .set('Content-Type', 'application/json')
    .send({ name: DEMO_ACCOUNT.team, email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password });
  expect(json.status).toBe(200);
});

test('cookie-not-httponly: the MMSID cookie lacks HttpOnly', async () => {
  const { server } = faultServer('cookie-not-httponly');
  const [cookie] = (await curlLogin(server)).headers['set-cookie'] as unknown as string[];
  expect(cookie).toMatch(/^MMSID=[a-z0-9]{26}; Path=\/; Max-Age=2592000$/);
});

test('cookie-other-token: the cookie holds another token than Token, and both authenticate', async () => {
  const { server } = faultServer('cookie-other-token');
  const login = await curlLogin(server);
  const cookie = cookieToken(login);
  expect([cookie, login.headers.token]).toEqual([
    expect.stringMatching(/^[a-z0-9]{26}$/),
    expect.any(String),
  ]);
  expect(cookie).not.toBe(login.headers.token);
  expect((await me(server, { Cookie: `MMSID=${cookie}` })).status).toBe(200);
  expect((await me(server, { Authorization: `Bearer ${login.headers.token}` })).status).toBe(200);
});

test('bearer-ignored: a Bearer token is refused, the cookie still works', async () => {
  const { server } = faultServer('bearer-ignored');
  const login = await curlLogin(server);
  expect((await me(server, { Authorization: `Bearer ${login.headers.token}` })).status).toBe(401);
  expect((await me(server, { Authentication: `Bearer ${login.headers.token}` })).status).toBe(401);
  expect((await me(server, { Cookie: `MMSID=${cookieToken(login)}` })).status).toBe(200);
});

test('cookie-ignored: the cookie is refused, a Bearer token still works', async () => {
  const { server } = faultServer('cookie-ignored');
  const login = await curlLogin(server);
  expect((await me(server, { Cookie: `MMSID=${cookieToken(login)}` })).status).toBe(401);
  expect((await me(server, { Authorization: `Bearer ${login.headers.token}` })).status).toBe(200);
});

test('me-wrong-user: /users/me answers with another user', async () => {
  const { server } = faultServer('me-wrong-user');
  const login = await curlLogin(server);
  const response = await me(server, { Authorization: `Bearer ${login.headers.token}` });
  expect([response.status, response.body.email === DEMO_ACCOUNT.email]).toEqual([200, false]);
});

test('me-without-credentials: no credentials get the demo user; an unknown token is still refused', async () => {
  const { server } = faultServer('me-without-credentials');
  expect((await me(server)).body.email).toBe(DEMO_ACCOUNT.email);
  expect((await me(server, { Authorization: 'Bearer hyr5dmb1mbb49c44qmx4whniso' })).status).toBe(401);
});

test('any-bearer-accepted: any Bearer token gets the demo user; no credentials are still refused', async () => {
  const { server } = faultServer('any-bearer-accepted');
  expect((await me(server, { Authorization: 'Bearer made-up' })).status).toBe(200);
  expect((await me(server)).status).toBe(401);
});

test('unauthenticated-403: /users/me without credentials answers 403, its body agreeing', async () => {
  const { server } = faultServer('unauthenticated-403');
  const response = await me(server);
  expect([response.status, response.body.status_code]).toEqual([403, 403]);
});

test('any-password-accepted: a wrong password logs in; an unknown email does not', async () => {
  const { server } = faultServer('any-password-accepted');
  expect((await loginWith(server, { password: 'wrong' })).status).toBe(200);
  expect((await loginWith(server, { email: 'nobody@nowhere.com', password: 'wrong' })).status).toBe(401);
});

test('password-echoed: the User object carries the password', async () => {
  const { server } = faultServer('password-echoed');
  expect((await curlLogin(server)).body.password).toBe(DEMO_ACCOUNT.password);
});

test('cookie-path-api: the MMSID cookie is scoped to /api/v1', async () => {
  const { server } = faultServer('cookie-path-api');
  const [cookie] = (await curlLogin(server)).headers['set-cookie'] as unknown as string[];
  expect(cookie).toMatch(/^MMSID=[a-z0-9]{26}; Path=\/api\/v1; Max-Age=2592000; HttpOnly$/);
});

test('password-hash-in-user: the User object of login and /users/me carries a bcrypt hash', async () => {
  const { server } = faultServer('password-hash-in-user');
  const login = await curlLogin(server);
  const me = await request(server)
    .get('/api/v1/users/me')
    .set('Authorization', `Bearer ${login.headers.token}`);
  for (const body of [login.body, me.body]) expect(body.password).toMatch(/^\$2a\$10\$[./A-Za-z0-9]{53}$/);
  expect(login.body.password).not.toBe(DEMO_ACCOUNT.password);
});
