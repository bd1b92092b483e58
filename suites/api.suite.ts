// api: the base path, JSON everywhere, request ids (#schema, #session-token, #client-errors).
import { API_CHECKS } from './checks/api';
import { registerArea } from './support/clause-test';

registerArea('api', API_CHECKS);
