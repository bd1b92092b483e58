import { RATE_HEADERS } from '../rate-limit/rate-headers';
import { withHeaders } from '../response';
import type { Fault } from './fault';

export const limitVaries: Fault = {
  name: 'limit-varies',
  description:
    'Advertises a Limit that alternates between the true one and one more, enforcing the true one.',
  breaks: ['rate.limit-constant'],
  install: () => {
    let responses = 0;
    return {
      beforeRespond: (response, request) =>
        withHeaders(response, { [RATE_HEADERS.limit]: String(request.rate.limit + (responses++ % 2)) }),
    };
  },
};
