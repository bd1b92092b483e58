import type { ServerResponse } from '../response';
import { DEMO_ACCOUNT } from '../server-options';
import type { Fault } from './fault';

export const passwordInLaterUser: Fault = {
  name: 'password-in-later-user',
  description:
    "Sends the user's password in every User object after the first one it serves: a check of one login and one /users/me may see only clean ones.",
  breaks: ['auth.no-password-in-user'],
  collateral: [
    'op.login.response_schema_conformance',
    'op.getMe.response_schema_conformance',
    'op.getUserById.response_schema_conformance',
  ],
  install: () => {
    let served = 0;
    return {
      beforeRespond: (response: ServerResponse) => {
        if (!isUserObject(response)) return response;
        served++;
        return served === 1
          ? response
          : { ...response, json: { ...response.json, password: DEMO_ACCOUNT.password } };
      },
    };
  },
};

function isUserObject(
  response: ServerResponse,
): response is ServerResponse & { json: Record<string, unknown> } {
  return (
    response.operation !== undefined &&
    response.status === 200 &&
    typeof response.json === 'object' &&
    response.json !== null &&
    'email' in response.json
  );
}
