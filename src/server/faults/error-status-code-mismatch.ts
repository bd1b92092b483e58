import { editErrorBody } from '../error-body';
import type { Fault } from './fault';

export const errorStatusCodeMismatch: Fault = {
  name: 'error-status-code-mismatch',
  description: "Says status_code 400 in every error body, whatever the response's status.",
  breaks: ['errors.status-code-matches'],
  install: () => ({
    beforeRespond: (response) => editErrorBody(response, (body) => ({ ...body, status_code: 400 })),
  }),
};
