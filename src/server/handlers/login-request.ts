import type { LoginFields } from '../auth/accounts';

export type LoginRequest =
  | { kind: 'complete'; fields: LoginFields }
  | { kind: 'malformed'; reason: string }
  | { kind: 'incomplete'; missing: string[] };

const FIELDS = ['name', 'email', 'password'] as const;

/**
 * Reads a login body as JSON whatever its Content-Type says: the document's own curl example
 * sends the JSON with curl's default form type. Parser messages are not kept, since they may
 * quote the body, password included.
 */
export function readLoginRequest(body: string): LoginRequest {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { kind: 'malformed', reason: 'the body is not valid JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { kind: 'malformed', reason: 'the body is not a JSON object' };
  }
  const record = data as Record<string, unknown>;
  const text = (field: string) => (typeof record[field] === 'string' ? (record[field] as string) : '');
  const missing = FIELDS.filter((field) => text(field) === '');
  if (missing.length > 0) return { kind: 'incomplete', missing };
  return {
    kind: 'complete',
    fields: { name: text('name'), email: text('email'), password: text('password') },
  };
}
