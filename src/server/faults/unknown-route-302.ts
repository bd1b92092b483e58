import { withHeaders } from '../response';
import type { Fault } from './fault';

export const unknownRoute302: Fault = {
  name: 'unknown-route-302',
  description:
    'Redirects an unknown route to the login page (302) instead of answering a 4xx, as web apps do.',
  // The edge of "any 4xx" from below: 302 is no client-error code, though it is no success either.
  breaks: ['errors.client-fault-4xx'],
  collateral: ['op.getUserById.input_classes'],
  skips: ['op.getUserById.error_response_conformance'],
  install: () => ({
    respond: (request, next) => {
      const response = next(request);
      if (response.status !== 404) return response;
      return withHeaders({ status: 302, headers: {}, text: '' }, { location: '/login' });
    },
  }),
};
