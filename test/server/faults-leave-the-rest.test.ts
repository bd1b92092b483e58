import request from 'supertest';
import { createReferenceServer } from '../../src/server';
import { curlLogin } from './support/demo-login';
import { SteppingClock } from './support/stepping-clock';

// A fault changes what it names and nothing else: on a response it has no business with, the
// server with the fault answers exactly as the clean one does (ids and tokens aside).

type Probe = (server: ReturnType<typeof createReferenceServer>) => Promise<request.Response>;
const goodLogin: Probe = (server) => curlLogin(server);
const unknownRoute: Probe = (server) => request(server).get('/api/v1/no-such-route');

const VOLATILE = new Set(['x-request-id', 'token', 'set-cookie', 'connection', 'keep-alive']);

async function shape(faults: string[], probe: Probe) {
  const server = createReferenceServer({ rate: 1000, clock: new SteppingClock(), faults });
  const response = await probe(server);
  const headers = Object.fromEntries(
    Object.entries(response.headers).filter(([name]) => !VOLATILE.has(name)),
  );
  const { request_id: _id, ...body } = response.body as Record<string, unknown>;
  return { status: response.status, headers, body };
}

test.each([
  ['error-body-missing-field', goodLogin],
  ['error-status-code-mismatch', goodLogin],
  ['malformed-json-500', goodLogin],
  ['unknown-team-500', goodLogin],
  ['login-no-token', unknownRoute],
  ['cookie-other-token', unknownRoute],
  ['password-echoed', unknownRoute],
  ['bearer-ignored', goodLogin],
  ['limit-body-html', goodLogin],
  ['reset-understated', unknownRoute],
])('%s leaves an answer it does not break as the clean server gives it', async (fault, probe) => {
  expect(await shape([fault], probe)).toEqual(await shape([], probe));
});

test('two faults on together each do their part', async () => {
  const server = createReferenceServer({ rate: 1000, faults: ['no-request-id', 'error-empty-message'] });
  const response = await request(server).get('/api/v1/users/me');
  expect([response.headers['x-request-id'], response.body.message]).toEqual([undefined, '']);
});
