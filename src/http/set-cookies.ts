import { type Cookie, parse, splitCookiesString } from 'set-cookie-parser';

/**
 * Every cookie the Set-Cookie header values set, values as sent (not URL-decoded). A value that
 * joins several cookies with commas is split first.
 */
export function parseSetCookies(values: readonly string[]): Cookie[] {
  return parse(
    values.flatMap((value) => splitCookiesString(value)),
    { decodeValues: false },
  );
}
