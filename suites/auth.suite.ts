// auth: the login token flow, Bearer and cookie authentication (#session-token, #authentication).
import { AUTH_CHECKS } from './checks/auth';
import { registerArea } from './support/clause-test';

registerArea('auth', AUTH_CHECKS);
