import { RATE_HEADERS } from '../rate-limit/rate-headers';
import { withHeaders } from '../response';
import type { Fault } from './fault';

export const resetMilliseconds: Fault = {
  name: 'reset-milliseconds',
  description: 'Writes X-Ratelimit-Reset as epoch milliseconds, a unit the document never uses.',
  breaks: ['rate.reset-form'],
  // A Reset in no known unit names no moment to wait for.
  skips: ['rate.recovers-after-reset', 'rate.reset-truthful'],
  install: () => ({
    beforeRespond: (response, request) =>
      withHeaders(response, { [RATE_HEADERS.reset]: String(Math.ceil(request.rate.resetAtMs)) }),
  }),
};
