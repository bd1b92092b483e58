import { rateHeaders } from './rate-limit/rate-headers';
import type { ServerRequest } from './request';
import { type ServerResponse, withHeaders } from './response';
import type { ServerOptions } from './server-options';

/** What the document's example server reports as its version. */
export const VERSION_ID = 'developer';

/** The headers every response carries, errors and 429s included: request id, version, date, rate limit. */
export function withCommonHeaders(
  response: ServerResponse,
  request: ServerRequest,
  resetForm: ServerOptions['resetForm'],
): ServerResponse {
  return withHeaders(response, {
    'x-request-id': request.id,
    'x-version-id': VERSION_ID,
    date: new Date(request.receivedAtMs).toUTCString(),
    ...rateHeaders(request.rate, resetForm, request.receivedAtMs),
  });
}
