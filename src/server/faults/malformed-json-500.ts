import { errorResponse } from '../error-body';
import { readLoginRequest } from '../handlers/login-request';
import { operationOf } from '../routes';
import type { Fault } from './fault';

export const malformedJson500: Fault = {
  name: 'malformed-json-500',
  description: 'Answers a login body that is not JSON with 500, as if the server had failed.',
  breaks: ['errors.client-fault-4xx', 'op.login.input_classes'],
  install: () => ({
    respond: (request, next) =>
      operationOf(request) === 'login' && readLoginRequest(request.body).kind === 'malformed'
        ? {
            ...errorResponse(
              request,
              500,
              'We encountered an error.',
              'invalid character looking for beginning of value',
            ),
            operation: 'login',
          }
        : next(request),
  }),
};
