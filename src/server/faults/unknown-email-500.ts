import { readLoginRequest } from '../handlers/login-request';
import { DEMO_ACCOUNT } from '../server-options';
import type { Fault } from './fault';
import { inputAnswered500 } from './support/input-answered-500';

export const unknownEmail500: Fault = {
  name: 'unknown-email-500',
  description: "Answers a login with an email the team does not know with 500 and the database's text.",
  breaks: ['op.login.input_classes'],
  install: () =>
    inputAnswered500(
      'login',
      (request) => {
        const read = readLoginRequest(request.body);
        return (
          read.kind === 'complete' &&
          read.fields.name === DEMO_ACCOUNT.team &&
          read.fields.email.toLowerCase() !== DEMO_ACCOUNT.email.toLowerCase()
        );
      },
      'SqlUserStore.GetByEmail: sql: no rows in result set',
    ),
};
