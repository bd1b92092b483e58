import { DEFAULT_SERVER_OPTIONS, ServerOptionsError } from '../../src/server';
import { resolveOptions } from '../../src/server/resolve-options';

test("no overrides give the defaults: the document's example server", () => {
  expect(resolveOptions()).toEqual(DEFAULT_SERVER_OPTIONS);
  expect(DEFAULT_SERVER_OPTIONS).toMatchObject({
    rate: 10,
    limiter: 'fixed-window',
    resetForm: 'seconds-left',
  });
});

test('an override given as undefined keeps the default', () => {
  expect(resolveOptions({ rate: undefined }).rate).toBe(10);
});

test.each([
  [{ rate: 0 }, 'rate must be an integer from 1'],
  [{ rate: 2.5 }, 'rate must be an integer'],
  [{ burst: -1 }, 'burst must be an integer from 0'],
  [{ lockoutAfter: 0 }, 'lockoutAfter must be an integer from 1'],
  [{ port: 70_000 }, 'port must be an integer from 0 to 65535'],
  [{ limiter: 'sliding' as never }, 'limiter must be one of fixed-window, token-bucket; got "sliding"'],
  [{ resetForm: 'ms' as never }, 'resetForm must be one of seconds-left, epoch'],
  [{ limitBody: 'html' as never }, 'limitBody must be one of text, json'],
])('%j is refused', (overrides, message) => {
  expect(() => resolveOptions(overrides)).toThrow(ServerOptionsError);
  expect(() => resolveOptions(overrides)).toThrow(message);
});
