import type http from 'node:http';
import { bodyText, type ServerResponse } from './response';

/** Writes the response; header names go out in the documented spelling (`X-Ratelimit-Limit`). */
export function writeResponse(outgoing: http.ServerResponse, response: ServerResponse): void {
  const body = bodyText(response);
  outgoing.statusCode = response.status;
  for (const [name, value] of Object.entries(response.headers)) outgoing.setHeader(displayName(name), value);
  outgoing.setHeader('Content-Length', Buffer.byteLength(body));
  outgoing.end(body);
}

function displayName(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
}
