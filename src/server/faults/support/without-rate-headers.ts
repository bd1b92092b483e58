import { RATE_HEADERS } from '../../rate-limit/rate-headers';
import { type ServerResponse, withHeaders } from '../../response';

export function withoutRateHeaders(response: ServerResponse): ServerResponse {
  return withHeaders(response, {
    [RATE_HEADERS.limit]: undefined,
    [RATE_HEADERS.remaining]: undefined,
    [RATE_HEADERS.reset]: undefined,
  });
}
