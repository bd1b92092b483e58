import { RATE_HEADERS } from '../rate-limit/rate-headers';
import { withHeaders } from '../response';
import type { Fault } from './fault';

export const limit429RemainingNonzero: Fault = {
  name: 'limit-429-remaining-nonzero',
  description: 'Says Remaining 3 on its 429 responses.',
  breaks: ['rate.limit-response-headers'],
  install: () => ({
    beforeRespond: (response) =>
      response.status === 429 ? withHeaders(response, { [RATE_HEADERS.remaining]: '3' }) : response,
  }),
};
