import { type HttpResponse, type SendOptions, TransportError } from '../../src/http/client';
import { endSessions } from '../../src/http/logout';
import type { SendAll } from '../../src/http/one-after-another';
import type { Exchange } from '../../src/model/exchange';

const LOGOUT = { method: 'POST', path: '/api/v1/users/logout' };
const SESSIONS = ['a', 'b', 'c'].map((token) => ({ authorization: `Bearer ${token}` }));

/** A target whose logout answers `status` (or does not answer), noting each session it was asked to end. */
function target(status: number | 'no answer') {
  const asked: string[] = [];
  const send = async (options: SendOptions): Promise<HttpResponse> => {
    asked.push(options.headers?.authorization ?? '');
    if (status === 'no answer') throw new TransportError('connection refused', {} as Exchange);
    return { status } as HttpResponse;
  };
  return { send, asked };
}

/** A runner that sends each batch at once, noting its size. */
function together(): { sendRest: SendAll; batches: number[] } {
  const batches: number[] = [];
  const sendRest: SendAll = (sends) => {
    batches.push(sends.length);
    return Promise.all(sends.map((send) => send()));
  };
  return { sendRest, batches };
}

test('each session is ended with its own credentials; after the first, the rest through the runner given', async () => {
  const { send, asked } = target(200);
  const { sendRest, batches } = together();
  const ended = await endSessions(send, LOGOUT, SESSIONS, { sendRest });
  expect(ended).toBe(3);
  expect(asked).toEqual(['Bearer a', 'Bearer b', 'Bearer c']);
  expect(batches).toEqual([2]);
});

test('where the target is known to offer the logout, all go through the runner at once', async () => {
  const { send, asked } = target(200);
  const { sendRest, batches } = together();
  const ended = await endSessions(send, LOGOUT, SESSIONS, { offered: true, sendRest });
  expect(ended).toBe(3);
  expect(asked).toEqual(['Bearer a', 'Bearer b', 'Bearer c']);
  expect(batches).toEqual([3]);
});

test('a refusal is left as it is, and the others are still asked', async () => {
  const { send, asked } = target(401);
  await expect(endSessions(send, LOGOUT, SESSIONS)).resolves.toBe(0);
  expect(asked).toHaveLength(3);
});

test.each<[string, number | 'no answer']>([
  ['offers no logout (404)', 404],
  ['offers no logout (405)', 405],
  ['does not answer', 'no answer'],
])('a target that %s is asked once', async (_, status) => {
  const { send, asked } = target(status);
  await expect(endSessions(send, LOGOUT, SESSIONS)).resolves.toBe(0);
  expect(asked).toEqual(['Bearer a']);
});

test('nothing to end, or no logout in the document: nothing is sent', async () => {
  const { send, asked } = target(200);
  await expect(endSessions(send, LOGOUT, [])).resolves.toBe(0);
  await expect(endSessions(send, undefined, SESSIONS)).resolves.toBe(0);
  expect(asked).toEqual([]);
});
