import type { Fault } from './fault';
import { withoutRateHeaders } from './support/without-rate-headers';

export const rateHeadersOnSuccessOnly: Fault = {
  name: 'rate-headers-on-success-only',
  description: 'Sends the rate-limit headers on successes and 429s, but not on other error responses.',
  breaks: ['rate.headers-present'],
  install: () => ({
    beforeRespond: (response) =>
      response.status >= 400 && response.status !== 429 ? withoutRateHeaders(response) : response,
  }),
};
