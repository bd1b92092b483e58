import type { OpenAPIV3_1 } from 'openapi-types';
import { documentedSuccess } from '../../support/documented-success';
import { requestLine } from '../../support/operation-request';
import { describeSchemaErrors } from '../../support/schema-errors';
import type { OperationCheck } from './operation-check';

/** Each header the success response documents is present, every value valid against the header's schema. */
export const responseHeadersConformance: OperationCheck = async (findings, context, operation) => {
  const { response, documented, status } = await documentedSuccess(context, operation);
  const answer = `the ${status} answer to ${requestLine(operation)}`;
  for (const [name, header] of Object.entries(documented.headers ?? {}) as [
    string,
    OpenAPIV3_1.HeaderObject,
  ][]) {
    const values = response.headerValues(name);
    if (values.length === 0) {
      findings.violation(`${answer} carries ${name}`, `no ${name} header`, response.exchange);
      continue;
    }
    const schema = header.schema as object | undefined;
    if (!schema) continue;
    const validate = context.contract.validatorFor(schema);
    for (const value of values) {
      if (!validate(value))
        findings.violation(
          `${answer} carries ${name} valid against its schema`,
          `${name}: ${JSON.stringify(context.client.redactor.redact(value))} — ${describeSchemaErrors(validate.errors).join('; ')}`,
          response.exchange,
        );
    }
  }
};
