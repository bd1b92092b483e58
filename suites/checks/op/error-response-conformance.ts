import { documentedResponseFor, jsonSchemaOf } from '../../../src/contract/documented-operations';
import { readJsonBody } from '../../../src/http/json-body';
import { describeBody } from '../../support/describe-response';
import { isJudgedError } from '../../support/error-body';
import { inputProbes } from '../../support/input-probes';
import { NotApplicable } from '../../support/not-applicable';
import { answered, probeName, requireAllAnswered } from '../../support/probe';
import { describeSchemaErrors } from '../../support/schema-errors';
import type { OperationCheck } from './operation-check';

/**
 * Each error the faulty inputs drew, at a status the operation documents (its code, its range or
 * default), carries a body valid against that response's schema. A status the document does not
 * give is input_classes' to judge (a 5xx), not this check's.
 */
export const errorResponseConformance: OperationCheck = async (findings, context, operation) => {
  const probes = await inputProbes(context, operation);
  let judged = 0;
  for (const { label, response } of answered(probes)) {
    if (!isJudgedError(response, context.contract)) continue;
    const documented = documentedResponseFor(operation, response.status);
    const schema = jsonSchemaOf(documented?.response) as object | undefined;
    if (!documented || !schema) continue;
    judged++;
    const expected = `${probeName(label, response)} answers the body documented for ${documented.key}`;
    const body = readJsonBody(response.text);
    const validate = context.contract.validatorFor(schema);
    if (body.kind !== 'json')
      findings.violation(
        expected,
        `${response.status} with ${describeBody(response, context)}`,
        response.exchange,
      );
    else if (!validate(body.value))
      findings.violation(
        expected,
        `${response.status} with a body the schema refuses: ${describeSchemaErrors(validate.errors).join('; ')}`,
        response.exchange,
      );
  }
  requireAllAnswered(findings, probes);
  if (judged === 0) throw new NotApplicable('no faulty input drew an error the operation documents');
};
