import { operationOf } from '../routes';
import type { Fault } from './fault';

export const logoutNoUserId: Fault = {
  name: 'logout-no-user-id',
  description: 'Answers a logout with an empty JSON object, without the user_id its schema requires.',
  breaks: ['op.logout.response_schema_conformance'],
  install: () => ({
    respond: (request, next) => {
      const response = next(request);
      return operationOf(request) === 'logout' && response.status === 200
        ? { ...response, json: {} }
        : response;
    },
  }),
};
