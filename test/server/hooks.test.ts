import { composeHooks, type ServerHooks } from '../../src/server/hooks';

test("with no hooks every step is the server's own", () => {
  const chain = composeHooks([]);
  const decide = (key: string, nowMs: number) => ({
    allowed: true,
    limit: 1,
    remaining: 0,
    resetAtMs: nowMs + key.length,
  });
  expect(chain.requestId('fresh')).toBe('fresh');
  expect(chain.decide(decide)).toBe(decide);
});

test('the first hook listed wraps the others: it sees the input first and the result last', () => {
  const calls: string[] = [];
  const layer = (name: string): ServerHooks => ({
    decide: (key, nowMs, next) => {
      calls.push(`${name} in`);
      const decision = next(key, nowMs);
      calls.push(`${name} out`);
      return decision;
    },
  });
  const decide = composeHooks([layer('first'), layer('second')]).decide((_key, nowMs) => {
    calls.push('server');
    return { allowed: true, limit: 1, remaining: 0, resetAtMs: nowMs };
  });
  decide('client', 0);
  expect(calls).toEqual(['first in', 'second in', 'server', 'second out', 'first out']);
});

test('response edits apply in the order listed', () => {
  const chain = composeHooks([
    { beforeRespond: (r) => ({ ...r, text: `${r.text}a` }) },
    { beforeRespond: (r) => ({ ...r, text: `${r.text}b` }) },
  ]);
  const request = {} as Parameters<typeof chain.beforeRespond>[1];
  expect(chain.beforeRespond({ status: 200, headers: {}, text: '' }, request).text).toBe('ab');
});
