import { errorResponse } from '../error-body';
import { replaceBody } from '../response';
import type { Fault } from './fault';

export const limitStatus503: Fault = {
  name: 'limit-status-503',
  description: 'Denies a client over its limit with 503 Service Unavailable instead of 429.',
  breaks: ['rate.limit-enforced'],
  // With no 429 there is no 429 to read; its 503 still names a reset.
  skips: ['rate.limit-response-headers', 'rate.limit-body'],
  install: () => ({
    beforeRespond: (response, request) =>
      response.status === 429
        ? replaceBody(response, errorResponse(request, 503, 'Service unavailable.', 'limit exceeded'))
        : response,
  }),
};
