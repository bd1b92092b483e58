import { jsonSchemaOf } from '../../../src/contract/documented-operations';
import { readJsonBody } from '../../../src/http/json-body';
import { describeBody } from '../../support/describe-response';
import { documentedSuccess } from '../../support/documented-success';
import { requestLine } from '../../support/operation-request';
import { describeSchemaErrors } from '../../support/schema-errors';
import type { OperationCheck } from './operation-check';

/** The success answer's body is JSON valid against the schema the document gives it. */
export const responseSchemaConformance: OperationCheck = async (findings, context, operation) => {
  const { response, documented, status } = await documentedSuccess(context, operation);
  const schema = jsonSchemaOf(documented) as object;
  const expected = `the body of the ${status} answer to ${requestLine(operation)} is valid against its schema`;
  const body = readJsonBody(response.text);
  if (body.kind !== 'json') {
    findings.violation(expected, `${status} with ${describeBody(response, context)}`, response.exchange);
    return;
  }
  const validate = context.contract.validatorFor(schema);
  if (!validate(body.value))
    findings.violation(
      expected,
      `${status} with a body the schema refuses: ${describeSchemaErrors(validate.errors).join('; ')}`,
      response.exchange,
    );
};
