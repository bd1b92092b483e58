import { editErrorBody } from '../error-body';
import type { Fault } from './fault';

export const errorEmptyMessage: Fault = {
  name: 'error-empty-message',
  description: 'Sends every error body with an empty message.',
  breaks: ['errors.message-present'],
  install: () => ({
    beforeRespond: (response) => editErrorBody(response, (body) => ({ ...body, message: '' })),
  }),
};
