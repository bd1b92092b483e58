import { type Aspect, parseOperationClauseId } from '../../../src/catalogue/operation-clauses';
import type { Check } from '../../support/clause-test';
import { CannotDecide } from '../../support/not-applicable';
import { errorResponseConformance } from './error-response-conformance';
import { ignoredAuth } from './ignored-auth';
import { inputClassesAnswered4xx } from './input-classes';
import type { OperationCheck } from './operation-check';
import { responseHeadersConformance } from './response-headers-conformance';
import { responseSchemaConformance } from './response-schema-conformance';
import { statusCodeConformance } from './status-code-conformance';

/** The generated check of each aspect; a clause op.<operationId>.<aspect> runs it on that operation. */
export const OPERATION_CHECKS: Record<Aspect, OperationCheck> = {
  status_code_conformance: statusCodeConformance,
  response_headers_conformance: responseHeadersConformance,
  response_schema_conformance: responseSchemaConformance,
  ignored_auth: ignoredAuth,
  input_classes: inputClassesAnswered4xx,
  error_response_conformance: errorResponseConformance,
};

/** The check of a generated clause: its aspect's, run on the operation its id names. */
export function operationCheck(clauseId: string): Check | undefined {
  const parsed = parseOperationClauseId(clauseId);
  if (!parsed) return undefined;
  const judge = OPERATION_CHECKS[parsed.aspect];
  return async (findings, context) => {
    const operation = context.contract.operations.find((o) => o.operationId === parsed.operationId);
    if (!operation) throw new CannotDecide(`the OpenAPI document has no operation ${parsed.operationId}`);
    await judge(findings, context, operation);
  };
}
