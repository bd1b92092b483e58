import { resolveServeOptions } from '../../src/cli/serve-options';
import { CannotRun } from '../../src/cli/usage-error';
import { DEFAULT_SERVER_OPTIONS } from '../../src/server/server-options';

const FAULTS = ['remaining-stuck', 'no-request-id'];

test('no flags: the defaults', () => {
  expect(resolveServeOptions({}, FAULTS)).toEqual(DEFAULT_SERVER_OPTIONS);
});

test('every flag reaches its option', () => {
  expect(
    resolveServeOptions(
      {
        port: '0',
        host: '0.0.0.0',
        rate: '50',
        limiter: 'token-bucket',
        burst: '5',
        resetForm: 'epoch',
        limitBody: 'json',
        lockoutAfter: '3',
        latency: '100',
        jitter: '10',
        limitPer: 'connection',
        logoutEnds: 'every-session',
        pipelining: false,
        fault: ['remaining-stuck', 'no-request-id,remaining-stuck'],
      },
      FAULTS,
    ),
  ).toEqual({
    ...DEFAULT_SERVER_OPTIONS,
    port: 0,
    host: '0.0.0.0',
    rate: 50,
    limiter: 'token-bucket',
    burst: 5,
    resetForm: 'epoch',
    limitBody: 'json',
    lockoutAfter: 3,
    latencyMs: 100,
    jitterMs: 10,
    limitPer: 'connection',
    logoutEnds: 'every-session',
    pipelining: false,
    faults: ['remaining-stuck', 'no-request-id'],
  });
});

test.each([
  [{ fault: ['nope'] }, '--fault nope: no such fault (mm-conformance serve --list-faults lists them)'],
  [{ port: '70000' }, '--port 70000: expected a whole number from 0 to 65535'],
  [{ port: 'http' }, '--port http: expected a whole number from 0 to 65535'],
  [{ rate: '0' }, '--rate 0: expected a whole number from 1 to 1000000'],
  [{ rate: '1.5' }, '--rate 1.5: expected a whole number from 1 to 1000000'],
  [{ limiter: 'leaky' }, '--limiter leaky: expected fixed-window or token-bucket'],
  [{ resetForm: 'seconds' }, '--reset-form seconds: expected seconds-left or epoch'],
  [{ limitBody: 'html' }, '--limit-body html: expected text or json'],
  [{ limitPer: 'port' }, '--limit-per port: expected client or connection'],
  [{ logoutEnds: 'all' }, '--logout-ends all: expected its-session or every-session'],
  [{ burst: '3' }, '--burst applies only to --limiter token-bucket'],
])('%j is refused', (flags, message) => {
  expect(() => resolveServeOptions(flags, FAULTS)).toThrow(new CannotRun(message));
});
