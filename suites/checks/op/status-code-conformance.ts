import { successStatusOf } from '../../../src/contract/documented-operations';
import { summarize } from '../../support/describe-response';
import { sentLine, successExchange } from '../../support/operation-request';
import type { OperationCheck } from './operation-check';

/** The request the document describes (examples, parameter schemas, links) answers the documented success status. */
export const statusCodeConformance: OperationCheck = async (findings, context, operation) => {
  const { prepared, response } = await successExchange(context, operation);
  const status = successStatusOf(operation);
  findings.expect(
    response.status === status,
    `${sentLine(operation, prepared.values)}, sent as the document describes it, answers ${status}`,
    summarize(response, context),
    response.exchange,
  );
};
