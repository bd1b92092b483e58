import { RATE_HEADERS } from '../rate-limit/rate-headers';
import { withHeaders } from '../response';
import type { Fault } from './fault';

export const limitNotInteger: Fault = {
  name: 'limit-not-integer',
  description: 'Writes X-Ratelimit-Limit as a decimal fraction (`10.0`).',
  breaks: ['rate.headers-integers'],
  collateral: ['op.login.response_headers_conformance', 'op.getMe.response_headers_conformance'],
  // A Limit that is not an integer is no figure to compare, nor a bound for Remaining.
  skips: ['rate.limit-constant', 'rate.remaining-in-range'],
  install: () => ({
    beforeRespond: (response, request) =>
      withHeaders(response, { [RATE_HEADERS.limit]: `${request.rate.limit}.0` }),
  }),
};
