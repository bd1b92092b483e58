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
  order: logoutLast,
});

/**
 * The logout operation's clauses last: beside other areas a logout waits until none of them is
 * judging a clause (support/side-by-side.ts), and by the end of the op area's chain they seldom are.
 */
function logoutLast({ contract }: SuiteContext, clauseIds: string[]): string[] {
  const { logout } = contract;
  const logoutId =
    logout &&
    contract.operations.find((o) => o.method === logout.method && o.path === logout.path)?.operationId;
  const isLogout = (id: string) => logoutId !== undefined && operationIdOf(id) === logoutId;
  return [...clauseIds.filter((id) => !isLogout(id)), ...clauseIds.filter(isLogout)];
}
