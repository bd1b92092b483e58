import { operationOf } from '../routes';
import type { Fault } from './fault';

export const logoutStatus204: Fault = {
  name: 'logout-status-204',
  description: 'Answers a logout that ends its session with 204 and no body, not the documented 200.',
  breaks: ['op.logout.status_code_conformance'],
  // No 200 answer: there are no documented headers or body to judge.
  skips: ['op.logout.response_headers_conformance', 'op.logout.response_schema_conformance'],
  install: () => ({
    respond: (request, next) => {
      const response = next(request);
      if (operationOf(request) !== 'logout' || response.status !== 200) return response;
      const { 'content-type': _type, ...headers } = response.headers;
      return { status: 204, headers, operation: response.operation };
    },
  }),
};
