import { editErrorBody } from '../error-body';
import { randomId } from '../random-id';
import type { Fault } from './fault';

export const errorRequestIdMismatch: Fault = {
  name: 'error-request-id-mismatch',
  description: "Puts another id in the error body's request_id than in the X-Request-Id header.",
  breaks: ['errors.request-id-matches'],
  install: () => ({
    beforeRespond: (response) => editErrorBody(response, (body) => ({ ...body, request_id: randomId() })),
  }),
};
