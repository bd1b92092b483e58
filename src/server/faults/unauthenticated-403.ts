import { editErrorBody } from '../error-body';
import type { Fault } from './fault';

export const unauthenticated403: Fault = {
  name: 'unauthenticated-403',
  description: '/users/me without valid credentials answers 403 instead of 401.',
  breaks: ['auth.unauthenticated-refused', 'op.getMe.ignored_auth'],
  install: () => ({
    respond: (request, next) => {
      const response = next(request);
      if (response.operation !== 'me' || response.status !== 401) return response;
      return editErrorBody({ ...response, status: 403 }, (body) => ({ ...body, status_code: 403 }));
    },
  }),
};
