import type { Contract } from '../../src/contract/contract';
import type { HttpResponse } from '../../src/http/client';
import { isPlainObject, readJsonBody } from '../../src/http/json-body';
import { CannotDecide } from './not-applicable';

/** The error body's fields as the document names them ("message", "request_id", "status_code"). */
export const DOCUMENTED_ERROR_FIELDS = {
  message: 'message',
  requestId: 'request_id',
  statusCode: 'status_code',
} as const;
export type ErrorField = keyof typeof DOCUMENTED_ERROR_FIELDS;

/** The name of an error body field, once the spec's Error schema is seen to declare it. */
export function errorField(contract: Pick<Contract, 'validateError'>, field: ErrorField): string {
  const name = DOCUMENTED_ERROR_FIELDS[field];
  const schema = contract.validateError.schema as { properties?: Record<string, unknown> };
  if (!schema.properties || !(name in schema.properties))
    throw new CannotDecide(`the OpenAPI document's Error schema declares no ${name} property`);
  return name;
}

/** The response's body as a JSON object, or undefined when it is empty, not JSON or not an object. */
export function jsonObjectBody(response: HttpResponse): Record<string, unknown> | undefined {
  const body = readJsonBody(response.text);
  return body.kind === 'json' && isPlainObject(body.value) ? body.value : undefined;
}

/** An error response the errors clauses judge: status 400 or above, but not the rate limit's own 429. */
export function isJudgedError(response: HttpResponse, contract: Pick<Contract, 'limitExceeded'>): boolean {
  return response.status >= 400 && response.status !== contract.limitExceeded.status;
}
