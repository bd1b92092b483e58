import { readLoginRequest } from '../handlers/login-request';
import { operationOf } from '../routes';
import { DEMO_ACCOUNT } from '../server-options';
import type { Fault } from './fault';

export const anyPasswordAccepted: Fault = {
  name: 'any-password-accepted',
  description: 'Logs in with any password, as if the right one had been sent.',
  breaks: ['auth.wrong-password-refused'],
  install: () => ({
    respond: (request, next) => {
      const read = readLoginRequest(request.body);
      if (operationOf(request) !== 'login' || read.kind !== 'complete') return next(request);
      return next({ ...request, body: JSON.stringify({ ...read.fields, password: DEMO_ACCOUNT.password }) });
    },
  }),
};
