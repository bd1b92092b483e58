import { operationOf } from '../routes';
import type { Fault } from './fault';

export const userByIdNoEmail: Fault = {
  name: 'user-by-id-no-email',
  description: 'Answers GET /users/{user_id} with a User object that lacks the email its schema requires.',
  breaks: ['op.getUserById.response_schema_conformance'],
  install: () => ({
    respond: (request, next) => {
      const response = next(request);
      if (operationOf(request) !== 'user-by-id' || response.status !== 200) return response;
      const { email: _email, ...user } = response.json as Record<string, unknown>;
      return { ...response, json: user };
    },
  }),
};
