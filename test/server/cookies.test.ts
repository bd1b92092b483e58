import { parseCookies } from '../../src/server/auth/cookies';

test.each([
  ['MMSID=abc', { MMSID: 'abc' }],
  ['a=b; MMSID=abc; c=d', { a: 'b', MMSID: 'abc', c: 'd' }],
  ['a=b;MMSID=abc', { a: 'b', MMSID: 'abc' }],
  ['MMSID="abc"', { MMSID: 'abc' }],
  ['MMSID=first; MMSID=second', { MMSID: 'first' }],
  ['token=a=b', { token: 'a=b' }],
  ['; novalue; =orphan; MMSID=abc', { MMSID: 'abc' }],
  ['', {}],
])('%j', (header, expected) => {
  expect(Object.fromEntries(parseCookies(header))).toEqual(expected);
});

test('no Cookie header, no cookies', () => {
  expect(parseCookies(undefined).size).toBe(0);
});
