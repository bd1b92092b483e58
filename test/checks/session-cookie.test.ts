import { parseSetCookies } from '../../src/http/set-cookies';
import { findCookie, sessionCookieProblems } from '../../suites/support/session-cookie';

const EXAMPLE = 'MMSID=hyr5dmb1mbb49c44qmx4whniso; Path=/; Max-Age=2592000; HttpOnly';
const TOKEN = 'hyr5dmb1mbb49c44qmx4whniso';

describe('findCookie', () => {
  test('finds the session cookie among several Set-Cookie headers', () => {
    const cookie = findCookie(['MMTEAMID=abc; Path=/', EXAMPLE], 'MMSID');
    expect(cookie?.value).toBe(TOKEN);
  });

  test('splits a header that joins several cookies with commas, Expires dates included', () => {
    const joined = 'A=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/, MMSID=tok; Path=/; HttpOnly';
    expect(parseSetCookies([joined]).map((c) => c.name)).toEqual(['A', 'MMSID']);
    expect(findCookie([joined], 'MMSID')?.httpOnly).toBe(true);
  });

  test('names are case-sensitive, and the last cookie of a name wins', () => {
    expect(findCookie(['mmsid=x; Path=/'], 'MMSID')).toBeUndefined();
    expect(findCookie(['MMSID=first; Path=/', 'MMSID=second; Path=/'], 'MMSID')?.value).toBe('second');
  });

  test('keeps values as sent', () => {
    expect(findCookie(['MMSID=a%20b; Path=/'], 'MMSID')?.value).toBe('a%20b');
  });
});

describe('sessionCookieProblems', () => {
  const problems = (header: string) => {
    const cookie = findCookie([header], 'MMSID');
    if (!cookie) throw new Error('no cookie');
    return sessionCookieProblems(cookie, TOKEN);
  };

  test("the document's example has none", () => {
    expect(problems(EXAMPLE)).toEqual([]);
  });

  test('attribute names are case-insensitive', () => {
    expect(problems(`MMSID=${TOKEN}; path=/; HTTPONLY`)).toEqual([]);
  });

  test('lists every broken attribute', () => {
    expect(problems('MMSID=other; Path=/api; Max-Age=2592000')).toEqual([
      { expected: "the Token header's value", actual: 'another value than the Token' },
      { expected: 'Path=/', actual: 'Path=/api' },
      { expected: 'HttpOnly', actual: 'no HttpOnly attribute' },
    ]);
  });

  test('a missing Path is not Path=/', () => {
    expect(problems(`MMSID=${TOKEN}; HttpOnly`)).toEqual([
      { expected: 'Path=/', actual: 'no Path attribute' },
    ]);
  });

  test('with no Token to compare, the value is not judged', () => {
    const cookie = findCookie(['MMSID=anything; Path=/; HttpOnly'], 'MMSID');
    expect(cookie && sessionCookieProblems(cookie, undefined)).toEqual([]);
  });

  test('an empty value is reported as such', () => {
    expect(problems('MMSID=; Path=/; HttpOnly')).toEqual([
      { expected: "the Token header's value", actual: 'an empty value' },
    ]);
  });
});
