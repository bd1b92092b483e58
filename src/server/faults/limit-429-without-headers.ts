import type { Fault } from './fault';
import { withoutRateHeaders } from './support/without-rate-headers';

export const limit429WithoutHeaders: Fault = {
  name: 'limit-429-without-headers',
  description: 'Sends its 429 responses without the rate-limit headers.',
  breaks: ['rate.limit-response-headers'],
  // The 429 names no reset moment to wait for.
  skips: ['rate.recovers-after-reset', 'rate.reset-truthful'],
  install: () => ({
    beforeRespond: (response) => (response.status === 429 ? withoutRateHeaders(response) : response),
  }),
};
