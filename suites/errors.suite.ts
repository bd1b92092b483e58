// errors: the error body and status codes (#client-errors).
import { ERRORS_CHECKS } from './checks/errors';
import { registerArea } from './support/clause-test';

registerArea('errors', ERRORS_CHECKS);
