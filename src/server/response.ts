import type { Operation } from './request';

export type HeaderValue = string | string[];

/**
 * A response before it is written: the body stays structured (JSON or text) until then, so that
 * every stage can read and edit it.
 */
export interface ServerResponse {
  status: number;
  /** By lower-case name. */
  headers: Record<string, HeaderValue>;
  json?: unknown;
  text?: string;
  /** The documented operation that answered, when one did. */
  operation?: Operation;
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const TEXT_TYPE = 'text/plain; charset=utf-8';
export const HTML_TYPE = 'text/html; charset=utf-8';

export function jsonResponse(
  status: number,
  json: unknown,
  headers: Record<string, HeaderValue> = {},
): ServerResponse {
  return { status, headers: { ...headers, 'content-type': JSON_TYPE }, json };
}

export function textResponse(status: number, text: string, contentType = TEXT_TYPE): ServerResponse {
  return { status, headers: { 'content-type': contentType }, text };
}

/** The response with headers set, or removed where the edit is undefined. */
export function withHeaders(
  response: ServerResponse,
  edits: Record<string, HeaderValue | undefined>,
): ServerResponse {
  const headers = { ...response.headers };
  for (const [name, value] of Object.entries(edits)) {
    if (value === undefined) delete headers[name];
    else headers[name] = value;
  }
  return { ...response, headers };
}

/** The response given another's status and body, keeping its own headers (those of the other win). */
export function replaceBody(response: ServerResponse, replacement: ServerResponse): ServerResponse {
  return {
    ...replacement,
    headers: { ...response.headers, ...replacement.headers },
    operation: response.operation,
  };
}

export function bodyText(response: ServerResponse): string {
  return response.json !== undefined ? JSON.stringify(response.json) : (response.text ?? '');
}
