import path from 'node:path';
import {
  parseFormats,
  parseOnly,
  parseStrict,
  parseTarget,
  parseTimeout,
  resolveCheckOptions,
} from '../../src/cli/check-options';
import { chooseWriters } from '../../src/cli/run-check';
import { CannotRun } from '../../src/cli/usage-error';

const IDS = ['api.base-path', 'auth.bearer-accepted', 'auth.cookie-accepted', 'rate.limit-enforced'];
const ACCOUNT_ENV = { MM_TEAM: 'envteam', MM_EMAIL: 'env@example.com', MM_PASSWORD: 'env-secret' };

describe('parseTarget', () => {
  test.each([
    ['https://chat.example.com', 'https://chat.example.com'],
    ['https://chat.example.com/', 'https://chat.example.com'],
    ['http://127.0.0.1:8065', 'http://127.0.0.1:8065'],
    ['HTTP://Chat.Example.com:443/mattermost/', 'http://chat.example.com:443/mattermost'],
    ['https://chat.example.com:443', 'https://chat.example.com'],
    ['http://[::1]:8065', 'http://[::1]:8065'],
  ])('%s is the base URL %s', (text, url) => {
    expect(parseTarget(text)).toBe(url);
  });

  test.each([
    [
      'chat.example.com',
      '--target is not a URL: "chat.example.com" (expected e.g. https://chat.example.com)',
    ],
    [
      'chat.example.com:8065',
      '--target is not a URL: "chat.example.com:8065" (expected e.g. https://chat.example.com)',
    ],
    ['http://', '--target is not a URL: "http://" (expected e.g. https://chat.example.com)'],
    ['ftp://chat.example.com', '--target must be an http or https URL, not ftp:'],
    ['file:///etc/passwd', '--target must be an http or https URL, not file:'],
    [
      'https://me:pw@chat.example.com',
      '--target must not carry credentials; give --email and MM_PASSWORD instead',
    ],
    ['https://chat.example.com/?x=1', '--target must be a base URL, without a query or fragment'],
    ['https://chat.example.com/#top', '--target must be a base URL, without a query or fragment'],
  ])('%s is refused: %s', (text, message) => {
    expect(() => parseTarget(text)).toThrow(new CannotRun(message));
  });

  test('never shows back a value that may hold a password', () => {
    expect(() => parseTarget('http://me:secret@bad host')).toThrow('--target is not a URL: the value given');
  });
});

describe('parseStrict', () => {
  test('reads each documented reading, repeated or comma-separated', () => {
    expect(parseStrict(['reset=epoch', 'limit-body=json,auth-header=authentication'])).toEqual({
      reset: 'epoch',
      limitBody: 'json',
      authHeader: 'authentication',
    });
    expect(parseStrict([])).toEqual({});
    expect(parseStrict(['reset=seconds', 'reset=seconds'])).toEqual({ reset: 'seconds' });
  });

  test.each([
    ['reset', '--strict reset: expected reset=seconds|epoch'],
    ['reset=minutes', '--strict reset=minutes: expected reset=seconds|epoch'],
    ['reset=epoch=1', '--strict reset=epoch=1: expected reset=seconds|epoch'],
    ['limit-body=html', '--strict limit-body=html: expected limit-body=json|text'],
    [
      'limitBody=json',
      '--strict limitBody=json: unknown reading "limitBody" (known: reset, limit-body, auth-header)',
    ],
    ['=json', '--strict =json: unknown reading "" (known: reset, limit-body, auth-header)'],
  ])('%s is refused', (item, message) => {
    expect(() => parseStrict([item])).toThrow(new CannotRun(message));
  });

  test('a reading pinned two ways is refused', () => {
    expect(() => parseStrict(['reset=epoch', 'reset=seconds'])).toThrow(
      '--strict reset is given twice, as epoch and seconds',
    );
  });
});

describe('parseOnly', () => {
  test('takes prefixes repeated or comma-separated, once each', () => {
    expect(parseOnly(['auth.', 'api.base-path,auth.'], IDS)).toEqual(['auth.', 'api.base-path']);
  });

  test('refuses a prefix that selects no clause', () => {
    expect(() => parseOnly(['auth.', 'authz.'], IDS)).toThrow(
      '--only authz. selects no clause (mm-conformance --list shows them)',
    );
  });
});

test.each([
  [undefined, 10],
  ['2.5', 2.5],
  ['60', 60],
])('--timeout %s is %d s', (text, seconds) => {
  expect(parseTimeout(text)).toBe(seconds);
});

test.each(['0', '-1', 'ten', '', 'Infinity', '3601'])('--timeout %j is refused', (text) => {
  expect(() => parseTimeout(text)).toThrow(CannotRun);
});

describe('--format', () => {
  test('names, repeatable or comma-separated, each once', () => {
    expect(parseFormats(['html,junit', 'html'])).toEqual(['html', 'junit']);
    expect(parseFormats(['terminal', 'json', 'har'])).toEqual(['terminal', 'json', 'har']);
    expect(() => parseFormats([','])).toThrow(CannotRun);
  });

  test('the writers it names, in the pipeline order; every writer by default', () => {
    expect(chooseWriters(['terminal', 'junit']).map((w) => w.format)).toEqual(['junit', 'terminal']);
    expect(chooseWriters(undefined).map((w) => w.format)).toEqual([
      'json',
      'html',
      'junit',
      'har',
      'markdown',
      'terminal',
    ]);
  });

  test('an unknown name is refused with the known ones', () => {
    expect(() => chooseWriters(['pdf'])).toThrow(
      new CannotRun(
        '--format pdf: expected one of json, html, junit, har, markdown, terminal (comma-separated)',
      ),
    );
  });
});

describe('resolveCheckOptions', () => {
  test('no target and no flags: the built-in server, ./reports, the MUST gate, 10 s', () => {
    expect(resolveCheckOptions({}, {}, IDS, '/work')).toEqual({
      target: undefined,
      reportDir: path.resolve('/work/reports'),
      safe: false,
      gate: 'must',
      timeoutSeconds: 10,
      only: [],
      list: false,
      strict: {},
      insecure: false,
      spec: undefined,
    });
  });

  test('MM_TARGET, MM_TEAM, MM_EMAIL and MM_PASSWORD stand in for the flags', () => {
    const options = resolveCheckOptions({}, { MM_TARGET: 'https://chat.example.com/', ...ACCOUNT_ENV }, IDS);
    expect(options.target).toBe('https://chat.example.com');
    expect(options.credentials).toEqual({
      team: 'envteam',
      email: 'env@example.com',
      password: 'env-secret',
    });
  });

  test('a flag wins over its variable; an empty variable counts as unset', () => {
    const options = resolveCheckOptions(
      { target: 'http://flag.test', team: 'flagteam', password: 'flag-secret' },
      { MM_TARGET: 'http://env.test', MM_EMAIL: 'env@example.com', MM_TEAM: '', MM_PASSWORD: 'env-secret' },
      IDS,
    );
    expect(options.target).toBe('http://flag.test');
    expect(options.credentials).toEqual({
      team: 'flagteam',
      email: 'env@example.com',
      password: 'flag-secret',
    });
    expect(resolveCheckOptions({}, { MM_TARGET: '' }, IDS).target).toBeUndefined();
  });

  test('a target without a full account is refused, naming what is missing and never a value', () => {
    expect(() =>
      resolveCheckOptions({ target: 'http://t.test', team: 'T' }, { MM_EMAIL: 'e@x.test' }, IDS),
    ).toThrow(
      new CannotRun('checking --target needs an account to log in with: missing MM_PASSWORD (or --password)'),
    );
    expect(() => resolveCheckOptions({ target: 'http://t.test' }, {}, IDS)).toThrow(
      'missing --team (or MM_TEAM), --email (or MM_EMAIL), MM_PASSWORD (or --password)',
    );
  });

  test('--list needs no account, even with a target', () => {
    expect(resolveCheckOptions({ target: 'http://t.test', list: true }, {}, IDS).list).toBe(true);
  });

  test('paths resolve against the working folder; the spec keeps the name it was given', () => {
    const options = resolveCheckOptions({ reportDir: 'out', spec: 'my.yaml' }, {}, IDS, '/work');
    expect(options.reportDir).toBe(path.resolve('/work/out'));
    expect(options.spec).toEqual({ given: 'my.yaml', path: path.resolve('/work/my.yaml') });
  });

  test('--fail-on takes must or should only', () => {
    expect(resolveCheckOptions({ failOn: 'should' }, {}, IDS).gate).toBe('should');
    expect(() => resolveCheckOptions({ failOn: 'MAY' }, {}, IDS)).toThrow(
      '--fail-on MAY: expected must or should',
    );
  });
});
