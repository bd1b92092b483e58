import type { OpenAPIV3_1 } from 'openapi-types';
import {
  type DocumentedOperation,
  type LinkObject,
  type ResponseObject,
  requestSchemaOf,
} from '../../src/contract/documented-operations';
import type { FaultyRequest, RequestValues } from '../../src/contract/input-classes';
import type { HttpResponse } from '../../src/http/client';
import { NotApplicable } from './not-applicable';
import { once } from './probe-memo';
import { evaluateLinkExpression } from './runtime-expression';
import type { SuiteContext } from './suite-context';

type Schema = OpenAPIV3_1.SchemaObject & { 'x-credential'?: 'team' | 'email' | 'password' };

/** A request to an operation, built from the document: its values, and the credentials it presents. */
export interface PreparedRequest {
  values: RequestValues;
  /** Authorization or Cookie, from a login of the run's account, when the operation needs one. */
  credentials: Record<string, string>;
}

/** The documented success request of an operation and its answer, sent once per suite and shared. */
export function successExchange(
  context: SuiteContext,
  operation: DocumentedOperation,
): Promise<{ prepared: PreparedRequest; response: HttpResponse }> {
  return once(context, `op-success:${operation.operationId}`, async () => {
    const prepared = await prepareRequest(context, operation);
    const response = await sendOperation(context, operation, prepared.values, prepared.credentials);
    return { prepared, response };
  });
}

/**
 * Builds the request the document describes: each value from a link of an earlier response (the
 * user id from login's body), else the run's credentials (`x-credential`), else the document's
 * examples, default, const or first enum value. An operation that needs authentication gets a
 * session of its own (a fresh login), so that one operation (a logout) cannot end another's.
 */
export async function prepareRequest(
  context: SuiteContext,
  operation: DocumentedOperation,
): Promise<PreparedRequest> {
  const links = linksTo(context, operation);
  const login = needsFreshLogin(context, operation) ? await freshLogin(context) : undefined;
  const linked = new Map<string, unknown>();
  for (const { source, link } of links) {
    const response = isLogin(context, source) ? login : (await successExchange(context, source)).response;
    for (const [name, expression] of Object.entries(link.parameters ?? {}))
      if (response) linked.set(name, evaluateLinkExpression(expression, response));
  }
  const values: RequestValues = { path: {}, query: {} };
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const value = linked.get(parameter.name) ?? documentedValue(parameter, parameter.schema as Schema);
    if (value === undefined) {
      if (parameter.required)
        throw new NotApplicable(
          `the document gives no value for the ${parameter.in} parameter ${parameter.name}`,
        );
      continue;
    }
    values[parameter.in][parameter.name] = String(value);
  }
  const schema = requestSchemaOf(operation);
  if (schema) values.body = bodyFrom(context, schema);
  return { values, credentials: login ? credentialsFor(context, operation, login) : {} };
}

/** Sends one request to an operation; keeps any token it gives out of the records, and its session to end. */
export async function sendOperation(
  context: SuiteContext,
  operation: DocumentedOperation,
  values: RequestValues | FaultyRequest,
  headers: Record<string, string>,
): Promise<HttpResponse> {
  const body =
    typeof values.body === 'string' || values.body === undefined ? values.body : JSON.stringify(values.body);
  const response = await context.send({
    method: operation.method,
    path: pathOf(operation, values),
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body }),
  });
  context.rememberSecrets(response);
  return response;
}

/** "POST /api/v1/users/login": an operation's request line, for messages. */
export function requestLine(operation: DocumentedOperation): string {
  return `${operation.method} ${operation.path}`;
}

/** The method and path as sent, the document's path parameters filled in: `GET /users/ab12…`. */
export function sentLine(operation: DocumentedOperation, values: RequestValues): string {
  return `${operation.method} ${pathOf(operation, values)}`;
}

function pathOf(operation: DocumentedOperation, values: RequestValues | FaultyRequest): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(values.path[name] ?? ''),
  );
  const query = new URLSearchParams(values.query).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Starts the documented success request of each operation named that changes nothing, all at
 * once while the advertised allowance covers them (a fresh login and the request, each), so that
 * across a network they cost two round trips instead of two each. Nothing is awaited: each check
 * awaits its operation's exchange as before, and meets its own failure. Sent one after another
 * otherwise, as each check asks.
 */
export function startIndependentExchanges(context: SuiteContext, operationIds: readonly string[]): void {
  const operations = context.contract.operations.filter(
    (o) => operationIds.includes(o.operationId) && changesNothing(context, o),
  );
  const requests = operations.reduce((sum, o) => sum + (needsFreshLogin(context, o) ? 2 : 1), 0);
  if (operations.length < 2 || !context.allowanceCovers(requests)) return;
  for (const operation of operations) successExchange(context, operation).catch(() => undefined);
}

/** Whether the request needs a session of its own: to present it, or for a value a login gives. */
function needsFreshLogin(context: SuiteContext, operation: DocumentedOperation): boolean {
  const needsSession = operation.security.some((r) => Object.keys(r).length > 0);
  return needsSession || linksTo(context, operation).some((l) => isLogin(context, l.source));
}

async function freshLogin(context: SuiteContext): Promise<HttpResponse> {
  const response = await context.login();
  if (response.status < 200 || response.status > 299)
    throw new NotApplicable(
      `needs a session, and the login answered ${response.status} (see auth.login-returns-token)`,
    );
  return response;
}

/**
 * Whether requests to this operation leave what the server answers the next one unchanged: a safe
 * method (RFC 9110, section 9.2.1), or the login, which opens sessions and ends none. Their probes
 * may go together; a logout's, say, may not (one could end the session another presents).
 */
export function changesNothing(context: SuiteContext, operation: DocumentedOperation): boolean {
  return SAFE_METHODS.includes(operation.method) || isLogin(context, operation);
}

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'TRACE'];

function isLogin(context: SuiteContext, operation: DocumentedOperation): boolean {
  return operation.method === context.contract.login.method && operation.path === context.contract.login.path;
}

/** Every link of another operation's success response that leads to this one. */
function linksTo(context: SuiteContext, target: DocumentedOperation) {
  return context.contract.operations.flatMap((source) =>
    Object.values(source.raw.responses ?? {}).flatMap((response) =>
      Object.values((response as ResponseObject).links ?? {})
        .filter((link: LinkObject) => link.operationId === target.operationId && source !== target)
        .map((link) => ({ source, link })),
    ),
  );
}

/** The credentials a session presents, by the first security scheme the operation accepts. */
function credentialsFor(context: SuiteContext, operation: DocumentedOperation, login: HttpResponse) {
  const token = login.header(context.contract.headers.token)?.trim() ?? '';
  for (const name of operation.security.flatMap((r) => Object.keys(r))) {
    const scheme = context.contract.securitySchemes[name];
    if (scheme?.type === 'http' && /^bearer$/i.test(scheme.scheme)) return context.bearer(token);
    if (scheme?.type === 'apiKey' && scheme.in === 'cookie') return { cookie: `${scheme.name}=${token}` };
    if (scheme?.type === 'apiKey' && scheme.in === 'header') return { [scheme.name]: token };
  }
  throw new NotApplicable(
    `the checker presents none of the security schemes ${operation.operationId} accepts`,
  );
}

function bodyFrom(context: SuiteContext, schema: Schema): Record<string, unknown> {
  const credentials = {
    team: context.config.team,
    email: context.config.email,
    password: context.config.password,
  };
  const body: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {}) as [string, Schema][]) {
    const role = property['x-credential'];
    const value = role ? credentials[role] : documentedValue(undefined, property);
    if (value !== undefined) body[name] = value;
    else if (schema.required?.includes(name))
      throw new NotApplicable(`the document gives no value for the required field ${name}`);
  }
  return body;
}

/** A value the document itself gives: an example, then the schema's default, const or first enum value. */
function documentedValue(
  parameter: OpenAPIV3_1.ParameterObject | undefined,
  schema: Schema | undefined,
): unknown {
  const examples = Object.values(parameter?.examples ?? {}) as OpenAPIV3_1.ExampleObject[];
  return (
    parameter?.example ??
    examples[0]?.value ??
    schema?.examples?.[0] ??
    schema?.example ??
    schema?.default ??
    schema?.const ??
    schema?.enum?.[0]
  );
}
