import { editErrorBody } from '../error-body';
import type { Fault } from './fault';

export const errorBodyMissingField: Fault = {
  name: 'error-body-missing-field',
  description: 'Leaves detailed_error out of every error body.',
  breaks: ['errors.body-schema'],
  install: () => ({
    beforeRespond: (response) => editErrorBody(response, ({ detailed_error: _dropped, ...rest }) => rest),
  }),
};
