import request from 'supertest';
import { createReferenceServer, DEMO_ACCOUNT } from '../../src/server';
import { tokenOf } from './support/demo-login';
import { SteppingClock } from './support/stepping-clock';

const server = createReferenceServer({ rate: 1000 });
const me = () => request(server).get('/api/v1/users/me');

test.each([
  ['Authorization: Bearer', 'Authorization', 'Bearer'],
  ['the scheme in any case', 'Authorization', 'bEARER'],
  ["Authentication: Bearer (the document's prose)", 'Authentication', 'Bearer'],
])('a token in %s authenticates /users/me', async (_how, header, scheme) => {
  const token = await tokenOf(server);
  const response = await me().set(header, `${scheme} ${token}`);
  expect(response.status).toBe(200);
  expect(response.body.email).toBe(DEMO_ACCOUNT.email);
});

test('the MMSID cookie alone authenticates /users/me, among other cookies', async () => {
  const token = await tokenOf(server);
  const response = await me().set('Cookie', `theme=dark; MMSID=${token}; lang=en`);
  expect(response.status).toBe(200);
  expect(response.body.email).toBe(DEMO_ACCOUNT.email);
});

test.each([
  ['no credentials', {}],
  ['a token the server never issued', { Authorization: 'Bearer hyr5dmb1mbb49c44qmx4whniso' }],
  ['a cookie the server never issued', { Cookie: 'MMSID=hyr5dmb1mbb49c44qmx4whniso' }],
  ['a scheme other than Bearer', { Authorization: 'Basic c29tZW9uZTpwYXNz' }],
])('%s answers 401 with the error body', async (_what, headers) => {
  const response = await me().set(headers);
  expect(response.status).toBe(401);
  expect(response.body).toEqual({
    message: expect.stringMatching(/\S/),
    detailed_error: expect.any(String),
    request_id: response.headers['x-request-id'],
    status_code: 401,
  });
});

test("a session ends after the cookie's Max-Age, 30 days", async () => {
  const clock = new SteppingClock();
  const aging = createReferenceServer({ rate: 1000, clock });
  const token = await tokenOf(aging);
  clock.advance(2_592_000_000 - 1);
  expect((await request(aging).get('/api/v1/users/me').set('Authorization', `Bearer ${token}`)).status).toBe(
    200,
  );
  clock.advance(1);
  expect((await request(aging).get('/api/v1/users/me').set('Authorization', `Bearer ${token}`)).status).toBe(
    401,
  );
});
