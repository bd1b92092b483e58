/** A response body read as JSON: empty, not JSON, or the parsed value. */
export type JsonBody = { kind: 'empty' } | { kind: 'not-json' } | { kind: 'json'; value: unknown };

/** Reads a body as JSON; an empty body (or only whitespace) carries no data and is not "not JSON". */
export function readJsonBody(text: string): JsonBody {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch {
    return { kind: 'not-json' };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
