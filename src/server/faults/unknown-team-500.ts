import { errorResponse } from '../error-body';
import { readLoginRequest } from '../handlers/login-request';
import { operationOf } from '../routes';
import { DEMO_ACCOUNT } from '../server-options';
import type { Fault } from './fault';

export const unknownTeam500: Fault = {
  name: 'unknown-team-500',
  description: "Answers a login to an unknown team with 500 and the database's text, as real Mattermost did.",
  breaks: ['errors.client-fault-4xx', 'op.login.input_classes'],
  install: () => ({
    respond: (request, next) => {
      const read = readLoginRequest(request.body);
      if (
        operationOf(request) !== 'login' ||
        read.kind !== 'complete' ||
        read.fields.name === DEMO_ACCOUNT.team
      ) {
        return next(request);
      }
      const detail = 'SqlTeamStore.GetByName: sql: no rows in result set';
      return {
        ...errorResponse(request, 500, "We couldn't find the existing team.", detail),
        operation: 'login',
      };
    },
  }),
};
