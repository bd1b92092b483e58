import { curlLine } from '../../src/http/curl';
import { headerValue, headerValues } from '../../src/http/headers';
import { Redactor } from '../../src/http/redactor';

describe('Redactor', () => {
  const redactor = new Redactor();
  redactor.add('p@ss "word"', 'MM_PASSWORD');
  redactor.add('hyr5dmb1mbb49c44qmx4whniso', 'MM_TOKEN');

  test('replaces a secret in its plain, JSON-escaped and URL-encoded forms', () => {
    expect(redactor.redact('p@ss "word"')).toBe('$MM_PASSWORD');
    expect(redactor.redact(JSON.stringify({ password: 'p@ss "word"' }))).toBe('{"password":"$MM_PASSWORD"}');
    expect(redactor.redact(`x=${encodeURIComponent('p@ss "word"')}`)).toBe('x=$MM_PASSWORD');
  });

  test('replaces a token echoed anywhere, every time', () => {
    const echoed = 'token=hyr5dmb1mbb49c44qmx4whniso is invalid (hyr5dmb1mbb49c44qmx4whniso)';
    expect(redactor.redact(echoed)).toBe('token=$MM_TOKEN is invalid ($MM_TOKEN)');
  });

  test('ignores empty secrets and leaves other text alone', () => {
    redactor.add('', 'MM_TOKEN');
    expect(redactor.redact('nothing secret here')).toBe('nothing secret here');
  });
});

describe('curlLine', () => {
  test('a word that is only a secret is the variable alone', () => {
    const only = new Redactor();
    only.add('tok123', 'MM_TOKEN');
    expect(curlLine({ method: 'POST', url: 'http://h/', headers: {}, body: 'tok123' }, only)).toBe(
      `curl -i -X POST --data-raw "$MM_TOKEN" 'http://h/'`,
    );
  });

  const redactor = new Redactor();
  redactor.add('thisisabadpassword', 'MM_PASSWORD');
  redactor.add('tok123', 'MM_TOKEN');

  test('reproduces a login with the password taken from the environment', () => {
    const line = curlLine(
      {
        method: 'POST',
        url: 'http://localhost:8065/api/v1/users/login',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"exampleteam","password":"thisisabadpassword"}',
      },
      redactor,
    );
    expect(line).toBe(
      `curl -i -X POST -H 'content-type: application/json' --data-raw '{"name":"exampleteam","password":"'"$MM_PASSWORD"'"}' 'http://localhost:8065/api/v1/users/login'`,
    );
    expect(line).not.toContain('thisisabadpassword');
  });

  test('quotes single quotes and hides a bearer token', () => {
    const line = curlLine(
      { method: 'GET', url: "http://h/it's", headers: { authorization: 'Bearer tok123' } },
      redactor,
    );
    expect(line).toBe(`curl -i -H 'authorization: Bearer '"$MM_TOKEN" 'http://h/it'\\''s'`);
  });
});

describe('header lookup', () => {
  const headers = { 'x-ratelimit-limit': '10', 'set-cookie': ['MMSID=a; Path=/', 'other=b'] };

  test('finds a header whatever the letter case of its name', () => {
    expect(headerValue(headers, 'X-RateLimit-Limit')).toBe('10');
    expect(headerValue(headers, 'X-Ratelimit-Limit')).toBe('10');
    expect(headerValue(headers, 'X-Request-Id')).toBeUndefined();
  });

  test('keeps repeated headers apart', () => {
    expect(headerValues(headers, 'Set-Cookie')).toEqual(['MMSID=a; Path=/', 'other=b']);
  });
});
