import type { Dispatcher } from 'undici';
import type { HeaderMap } from './headers';

/** A response as read: status, headers, and its body's bytes up to the cap, with whether (and why) it was cut. */
export interface CappedResponse {
  status: number;
  headers: HeaderMap;
  bytes: Buffer;
  truncated: boolean;
  overCap: boolean;
}

export interface CappedRequest {
  origin: string;
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** The most bytes of body kept; one byte more and reading stops there. */
  maxBodyBytes: number;
  /** Until the headers come, and between two pieces of the body. */
  timeoutMs: number;
}

/** The whole exchange took longer than its timeout (a body sent a little at a time). */
export class ExchangeTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * Sends one request through undici's dispatcher and reads its response into one buffer, cut at
 * the cap. undici's own timers bound each wait (the headers, each piece of the body); the whole
 * exchange is bounded by the timeout too, checked as each piece of the body arrives. Nothing
 * else per request: no abort signal, no stream, no timer of ours.
 */
export function cappedDispatch(dispatcher: Dispatcher, request: CappedRequest): Promise<CappedResponse> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + request.timeoutMs;
    const chunks: Buffer[] = [];
    let size = 0;
    let status = 0;
    let headers: HeaderMap = {};
    let settled = false;
    const body = (truncated: boolean, overCap: boolean) => {
      settled = true;
      const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
      resolve({ status, headers, bytes, truncated, overCap });
    };
    const handler: Dispatcher.DispatchHandler = {
      // undici tells its handler interfaces apart by this method: it is needed even when empty.
      onRequestStart() {},
      onResponseStart(_controller, statusCode, responseHeaders) {
        // An interim answer (103 Early Hints, say) comes before the response: wait for that.
        if (statusCode < 200) return;
        status = statusCode;
        headers = responseHeaders as HeaderMap;
      },
      onResponseData(controller, chunk) {
        if (settled) return;
        const room = request.maxBodyBytes - size;
        // A body of exactly the cap is not over it; one byte more is, and reading stops there.
        if (chunk.length > room) {
          chunks.push(chunk.subarray(0, room));
          size += room;
          body(true, true);
          controller.abort(new Error('body over the cap'));
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
        if (Date.now() > deadline) {
          const error = new ExchangeTimeoutError(`no answer within ${request.timeoutMs} ms`);
          settled = true;
          reject(error);
          controller.abort(error);
        }
      },
      onResponseEnd() {
        if (!settled) body(false, false);
      },
      onResponseError(_controller, error) {
        if (settled) return;
        // The status and headers came, then the server closed the connection mid-body: that is an
        // answer (a body cut short), not a missing one. A timeout is still no answer.
        const code = (error as { code?: string }).code;
        if (status !== 0 && (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET')) {
          body(true, false);
          return;
        }
        settled = true;
        reject(error);
      },
    };
    dispatcher.dispatch(
      {
        origin: request.origin,
        path: request.path,
        method: request.method as Dispatcher.HttpMethod,
        headers: request.headers,
        body: request.body,
        // undici holds later requests back until this one's headers come, unless told it won't
        // block: only then does a pipelining connection keep several in flight.
        blocking: false,
        headersTimeout: request.timeoutMs,
        bodyTimeout: request.timeoutMs,
      },
      handler,
    );
  });
}
