import { randomBytes } from 'node:crypto';
import { unauthenticatedStatus } from '../../../src/catalogue/operation-clauses';
import { jsonSchemaOf, responseOf, successStatusOf } from '../../../src/contract/documented-operations';
import { readJsonBody } from '../../../src/http/json-body';
import { summarize } from '../../support/describe-response';
import { requestLine, sendOperation, successExchange } from '../../support/operation-request';
import { answered, probe, probeName, requireAllAnswered } from '../../support/probe';
import { describeSchemaErrors } from '../../support/schema-errors';
import type { SuiteContext } from '../../support/suite-context';
import type { OperationCheck } from './operation-check';

/**
 * An operation that requires a security scheme, called without credentials and with a token no
 * server issued (in each scheme it accepts), answers the documented refusal status with that
 * response's body, and none of the success answer's data.
 */
export const ignoredAuth: OperationCheck = async (findings, context, operation) => {
  const refusal = unauthenticatedStatus(operation);
  if (!refusal) return;
  const { prepared } = await successExchange(context, operation);
  const attempts: [string, Record<string, string>][] = [
    ['without credentials', {}],
    ...neverIssued(
      context,
      operation.security.flatMap((r) => Object.keys(r)),
    ),
  ];
  // None presents a session the server issued, so none can end one another presents: they go
  // together whatever the operation (a logout's too), where the allowance covers them.
  const probes = await context.sendAll(
    attempts.map(
      ([label, headers]) =>
        () =>
          probe(label, () => sendOperation(context, operation, prepared.values, headers)),
    ),
    { independent: true },
  );

  const errorSchema = jsonSchemaOf(refusal.response) as object | undefined;
  const status = successStatusOf(operation);
  const successSchema = jsonSchemaOf(
    status === undefined ? undefined : responseOf(operation, String(status)),
  );
  for (const { label, response } of answered(probes)) {
    const expected = `${probeName(label, response)} answers ${refusal.key} with the error body and no data`;
    const actual = summarize(response, context);
    if (!findings.expect(String(response.status) === refusal.key, expected, actual, response.exchange))
      continue;
    const body = readJsonBody(response.text);
    const value = body.kind === 'json' ? body.value : undefined;
    if (errorSchema) {
      const validate = context.contract.validatorFor(errorSchema);
      if (body.kind !== 'json') findings.violation(expected, actual, response.exchange);
      else if (!validate(value))
        findings.violation(
          expected,
          `${response.status} with a body the schema refuses: ${describeSchemaErrors(validate.errors).join('; ')}`,
          response.exchange,
        );
    }
    if (
      successSchema &&
      body.kind === 'json' &&
      context.contract.validatorFor(successSchema as object)(value)
    )
      findings.violation(
        expected,
        `${response.status} with the data of the ${status} answer`,
        response.exchange,
      );
  }
  requireAllAnswered(findings, probes);
  if (answered(probes).length === 0) findings.note(`no answer from ${requestLine(operation)}`);
};

/** A token no server issued, presented in each security scheme the operation accepts. */
function neverIssued(context: SuiteContext, schemeNames: string[]): [string, Record<string, string>][] {
  const token = randomBytes(13).toString('hex');
  return [...new Set(schemeNames)].flatMap((name): [string, Record<string, string>][] => {
    const scheme = context.contract.securitySchemes[name];
    if (scheme?.type === 'http' && /^bearer$/i.test(scheme.scheme))
      return [['a Bearer token never issued', context.bearer(token)]];
    if (scheme?.type === 'apiKey' && scheme.in === 'cookie')
      return [[`a ${scheme.name} cookie never issued`, { cookie: `${scheme.name}=${token}` }]];
    if (scheme?.type === 'apiKey' && scheme.in === 'header')
      return [[`a ${scheme.name} header never issued`, { [scheme.name]: token }]];
    return [];
  });
}
