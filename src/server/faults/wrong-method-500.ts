import { errorResponse } from '../error-body';
import type { Fault } from './fault';

export const wrongMethod500: Fault = {
  name: 'wrong-method-500',
  description: 'Answers a wrong method on a known route with 500 instead of 405.',
  breaks: ['errors.client-fault-4xx'],
  install: () => ({
    respond: (request, next) => {
      const response = next(request);
      return response.status === 405
        ? errorResponse(
            request,
            500,
            'We encountered an error.',
            `${request.method} ${request.path}: handler missing`,
          )
        : response;
    },
  }),
};
