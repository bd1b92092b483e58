import { operationClauseId } from '../../src/catalogue/operation-clauses';
import type { DocumentedOperation, ResponseObject } from '../../src/contract/documented-operations';
import { responseOf, successStatusOf } from '../../src/contract/documented-operations';
import type { HttpResponse } from '../../src/http/client';
import { NotApplicable } from './not-applicable';
import { successExchange } from './operation-request';
import type { SuiteContext } from './suite-context';

/**
 * The documented success answer, for the checks that judge what it carries: an answer of another
 * status is status_code_conformance's to report, and leaves nothing for them to judge.
 */
export async function documentedSuccess(
  context: SuiteContext,
  operation: DocumentedOperation,
): Promise<{ response: HttpResponse; documented: ResponseObject; status: number }> {
  const { response } = await successExchange(context, operation);
  const status = successStatusOf(operation);
  const documented = status === undefined ? undefined : responseOf(operation, String(status));
  if (status === undefined || !documented || response.status !== status)
    throw new NotApplicable(
      `needs the documented ${status} answer, and the server answered ${response.status} (see ${operationClauseId(operation.operationId, 'status_code_conformance')})`,
    );
  return { response, documented, status };
}
