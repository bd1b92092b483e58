/** Response headers as undici gives them: lower-case names, repeated headers as arrays. */
export type HeaderMap = Record<string, string | string[] | undefined>;

/** Every value of a header, whatever the letter case of its name (RFC 9110 section 5.1). */
export function headerValues(headers: HeaderMap, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const key in headers) {
    // undici's names are lower-case already: most keys are told apart without lower-casing them
    // (by their length), which matters across the thousands of answers of a burst.
    if (key !== wanted && (key.length !== wanted.length || key.toLowerCase() !== wanted)) continue;
    const value = headers[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) values.push(...value);
    else values.push(value);
  }
  return values;
}

/** The header's value, or undefined when absent; repeated values are joined as RFC 9110 allows. */
export function headerValue(headers: HeaderMap, name: string): string | undefined {
  const values = headerValues(headers, name);
  if (values.length < 2) return values[0];
  return values.join(', ');
}
