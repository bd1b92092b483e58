/** Response headers as undici gives them: lower-case names, repeated headers as arrays. */
export type HeaderMap = Record<string, string | string[] | undefined>;

/** Every value of a header, whatever the letter case of its name (RFC 9110 section 5.1). */
export function headerValues(headers: HeaderMap, name: string): string[] {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined) continue;
    values.push(...(Array.isArray(value) ? value : [value]));
  }
  return values;
}

/** The header's value, or undefined when absent; repeated values are joined as RFC 9110 allows. */
export function headerValue(headers: HeaderMap, name: string): string | undefined {
  const values = headerValues(headers, name);
  return values.length === 0 ? undefined : values.join(', ');
}
