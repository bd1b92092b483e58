// op: the clauses each operation of the OpenAPI document generates (op.<operationId>.<aspect>):
// the documented success status, headers and body, refusal without valid credentials, and faulty inputs.
import { operationCheck } from './checks/op';
import { registerArea } from './support/clause-test';

registerArea('op', operationCheck);
