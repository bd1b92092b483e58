import { errorResponse } from '../error-body';
import type { ServerRequest } from '../request';
import { type ServerResponse, textResponse } from '../response';
import type { ServerOptions } from '../server-options';

export const LIMIT_EXCEEDED_TEXT = 'limit exceeded';

/** The 429: the document's plain text by default, or the JSON error body every other error carries. */
export function limitExceeded(request: ServerRequest, form: ServerOptions['limitBody']): ServerResponse {
  return form === 'json'
    ? errorResponse(
        request,
        429,
        LIMIT_EXCEEDED_TEXT,
        'too many requests from this client; wait for X-Ratelimit-Reset',
      )
    : textResponse(429, LIMIT_EXCEEDED_TEXT);
}
