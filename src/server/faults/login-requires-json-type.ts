import { errorResponse } from '../error-body';
import { operationOf } from '../routes';
import type { Fault } from './fault';

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export const loginRequiresJsonType: Fault = {
  name: 'login-requires-json-type',
  description:
    "Refuses a login body not labelled application/json with 415, so the document's curl example fails.",
  breaks: ['auth.login-example-request'],
  install: () => ({
    respond: (request, next) => {
      const type = mediaType(request.headers['content-type']);
      if (operationOf(request) !== 'login' || type === 'application/json') return next(request);
      return {
        ...errorResponse(
          request,
          415,
          'Unsupported media type.',
          `users/login: expected application/json, got ${type || 'none'}`,
        ),
        operation: 'login',
      };
    },
  }),
};
