import { DEMO_ACCOUNT } from '../server-options';
import type { Fault } from './fault';

export const passwordEchoed: Fault = {
  name: 'password-echoed',
  description: "Sends the user's password in the User object of login and /users/me.",
  breaks: ['auth.no-password-in-user'],
  install: () => ({
    beforeRespond: (response) =>
      response.operation !== undefined &&
      response.status === 200 &&
      typeof response.json === 'object' &&
      response.json !== null
        ? { ...response, json: { ...response.json, password: DEMO_ACCOUNT.password } }
        : response,
  }),
};
