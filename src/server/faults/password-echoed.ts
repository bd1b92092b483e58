import { DEMO_ACCOUNT } from '../server-options';
import type { Fault } from './fault';
import { userPasswordSetTo } from './support/user-password';

export const passwordEchoed: Fault = {
  name: 'password-echoed',
  description: "Sends the user's password in the User object of login and /users/me.",
  breaks: ['auth.no-password-in-user'],
  collateral: [
    'op.login.response_schema_conformance',
    'op.getMe.response_schema_conformance',
    'op.getUserById.response_schema_conformance',
  ],
  install: () => userPasswordSetTo(DEMO_ACCOUNT.password),
};
