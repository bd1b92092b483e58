import { jsonResponse } from '../response';
import type { Fault } from './fault';

export const unknownRoute200: Fault = {
  name: 'unknown-route-200',
  description: 'Answers an unknown route with 200 and an empty object instead of 404.',
  breaks: ['errors.client-fault-4xx'],
  collateral: ['op.getUserById.input_classes'],
  skips: ['op.getUserById.error_response_conformance'],
  install: () => ({
    respond: (request, next) => {
      const response = next(request);
      return response.status === 404 ? jsonResponse(200, {}) : response;
    },
  }),
};
