import { operationOf } from '../routes';
import type { Fault } from './fault';

export const loginStatus201: Fault = {
  name: 'login-status-201',
  description:
    'Answers a good login with 201 Created, token and User object as usual, not the documented 200.',
  breaks: ['op.login.status_code_conformance'],
  // The document's login example answers 200 OK; auth.login-returns-token holds it to that.
  collateral: ['auth.login-returns-token'],
  // No 200 answer: there are no documented headers or body to judge.
  skips: ['op.login.response_headers_conformance', 'op.login.response_schema_conformance'],
  install: () => ({
    respond: (request, next) => {
      const response = next(request);
      return operationOf(request) === 'login' && response.status === 200
        ? { ...response, status: 201 }
        : response;
    },
  }),
};
