// api: the base path, JSON everywhere, request ids (#schema, #session-token, #client-errors).
import { basePath } from './checks/api/base-path';
import { registerArea } from './support/clause-test';

registerArea('api', {
  'api.base-path': basePath,
});
