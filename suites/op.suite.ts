// op: the clauses each operation of the OpenAPI document generates (op.<operationId>.<aspect>):
// the documented success status, headers and body, refusal without valid credentials, and faulty inputs.
import { parseOperationClauseId } from '../src/catalogue/operation-clauses';
import { operationCheck } from './checks/op';
import { registerArea } from './support/clause-test';
import { startIndependentExchanges } from './support/operation-request';

registerArea('op', operationCheck, (context, clauseIds) =>
  startIndependentExchanges(
    context,
    clauseIds.flatMap((id) => parseOperationClauseId(id)?.operationId ?? []),
  ),
);
