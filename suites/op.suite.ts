// op: the clauses each operation of the OpenAPI document generates (op.<operationId>.<aspect>):
// the documented success status, headers and body, refusal without valid credentials, and faulty inputs.
import { parseOperationClauseId } from '../src/catalogue/operation-clauses';
import { operationCheck } from './checks/op';
import { registerArea } from './support/clause-test';
import { startIndependentExchanges } from './support/operation-request';
import type { SuiteContext } from './support/suite-context';

const operationIdOf = (clauseId: string) => parseOperationClauseId(clauseId)?.operationId;

registerArea('op', operationCheck, {
  start: (context, clauseIds) =>
    startIndependentExchanges(
      context,
      clauseIds.flatMap((id) => operationIdOf(id) ?? []),
    ),
  endingSessions: logoutClauses,
});

/** The logout operation's clauses: their checks end the sessions their logins opened. */
function logoutClauses({ contract }: SuiteContext, clauseIds: string[]): string[] {
  const logoutId = contract.logout?.operationId;
  return logoutId === undefined ? [] : clauseIds.filter((id) => operationIdOf(id) === logoutId);
}
