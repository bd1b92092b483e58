import type { HttpResponse } from '../../src/http/client';
import { CannotDecide } from './not-applicable';

/**
 * The value an OpenAPI runtime expression of a link names in a response: `$response.body#/a/b`
 * (a JSON Pointer, RFC 6901, into the JSON body) or `$response.header.Name`; a constant is itself.
 * Only these forms are read: any other expression leaves the checker unable to build the request.
 */
export function evaluateLinkExpression(expression: unknown, response: HttpResponse): unknown {
  if (typeof expression !== 'string' || !expression.startsWith('$')) return expression;
  if (expression.startsWith('$response.header.'))
    return response.header(expression.slice('$response.header.'.length));
  if (expression.startsWith('$response.body#')) {
    const pointer = expression.slice('$response.body#'.length);
    let value: unknown = response.json();
    for (const token of pointer.split('/').slice(1)) {
      const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
      value =
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    }
    return value;
  }
  throw new CannotDecide(`the checker does not read the link expression ${expression}`);
}
