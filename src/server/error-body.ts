import type { ServerRequest } from './request';
import { jsonResponse, type ServerResponse } from './response';

/** The body the document promises on every error. */
export interface ErrorBody {
  message: string;
  detailed_error: string;
  request_id: string;
  status_code: number;
}

export function errorResponse(
  request: Pick<ServerRequest, 'id'>,
  status: number,
  message: string,
  detailedError = '',
): ServerResponse {
  const body: ErrorBody = {
    message,
    detailed_error: detailedError,
    request_id: request.id,
    status_code: status,
  };
  return jsonResponse(status, body);
}

/** The error body of a response, when it carries one. */
export function errorBodyOf(response: ServerResponse): ErrorBody | undefined {
  const { json } = response;
  if (response.status < 400 || typeof json !== 'object' || json === null || !('status_code' in json)) {
    return undefined;
  }
  return json as ErrorBody;
}

/** The response with its error body rewritten by `edit`; other responses pass unchanged. */
export function editErrorBody(
  response: ServerResponse,
  edit: (body: ErrorBody) => Record<string, unknown>,
): ServerResponse {
  const body = errorBodyOf(response);
  return body ? { ...response, json: edit(body) } : response;
}
