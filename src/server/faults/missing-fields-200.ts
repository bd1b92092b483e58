import { readLoginRequest } from '../handlers/login-request';
import { jsonResponse } from '../response';
import { operationOf } from '../routes';
import type { Fault } from './fault';

export const missingFields200: Fault = {
  name: 'missing-fields-200',
  description: 'Answers a login without a name, email or password with 200 and an empty object.',
  breaks: ['errors.client-fault-4xx', 'op.login.input_classes'],
  install: () => ({
    respond: (request, next) =>
      operationOf(request) === 'login' && readLoginRequest(request.body).kind === 'incomplete'
        ? { ...jsonResponse(200, {}), operation: 'login' }
        : next(request),
  }),
};
