import type { HttpResponse } from '../../src/http/client';
import { isPlainObject, readJsonBody } from '../../src/http/json-body';
import { redirectLocation } from '../../src/http/redirect-location';
import { DOCUMENTED_ERROR_FIELDS } from './error-body';
import { mediaTypeEssence } from './media-type';
import type { SuiteContext } from './suite-context';
import { describeReading, readUser } from './user-object';

const MAX_QUOTE = 80;

/** "POST /api/v1/users/login": the request a response answers, for messages. */
export function where(response: HttpResponse): string {
  const { method, url } = response.exchange.request;
  return `${method} ${new URL(url).pathname}`;
}

/**
 * A response in a few words, for the "Actual" of a violation: "401 with an error body ("…")",
 * "200 with an empty body", "302 redirecting to https://host/login (not followed) with an empty
 * body". Secrets are redacted.
 */
export function summarize(response: HttpResponse, context: SuiteContext): string {
  const location = redirectLocation(response);
  const redirect = location ? ` redirecting to ${quote(location, context)} (not followed)` : '';
  return `${response.status}${redirect} with ${describeBody(response, context)}`;
}

export function describeBody(response: HttpResponse, context: SuiteContext): string {
  const body = readJsonBody(response.text);
  if (body.kind === 'empty') return 'an empty body';
  if (body.kind === 'not-json') {
    const type = mediaTypeEssence(response.header('content-type'));
    return type ? `a ${type} body that is not JSON` : 'a body that is not JSON';
  }
  const user = readUser(response.text, context.contract);
  if (user.user) return describeReading(user);
  const message = isPlainObject(body.value) ? body.value[DOCUMENTED_ERROR_FIELDS.message] : undefined;
  if (typeof message === 'string' && message !== '') return `an error body ("${quote(message, context)}")`;
  return isPlainObject(body.value) ? 'a JSON object' : 'a JSON body that is not an object';
}

/** A piece of server text fit for a report: secrets redacted, one line, cut short. */
export function quote(text: string, context: SuiteContext): string {
  const line = context.client.redactor.redact(text).replace(/\s+/g, ' ').trim();
  return line.length > MAX_QUOTE ? `${line.slice(0, MAX_QUOTE)}…` : line;
}
