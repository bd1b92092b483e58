import { errorResponse } from '../../error-body';
import type { ServerHooks } from '../../hooks';
import type { Operation, ServerRequest } from '../../request';
import { operationOf } from '../../routes';

/**
 * A server that blames itself for one kind of faulty input: a request to `operation` that
 * `isFaulty` recognises is answered 500 with the error body, as an unhandled case would be.
 */
export function inputAnswered500(
  operation: Operation,
  isFaulty: (request: ServerRequest) => boolean,
  detail: string,
): ServerHooks {
  return {
    respond: (request, next) =>
      operationOf(request) === operation && isFaulty(request)
        ? { ...errorResponse(request, 500, 'We encountered an error.', detail), operation }
        : next(request),
  };
}
