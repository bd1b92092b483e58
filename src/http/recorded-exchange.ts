import type { Exchange } from '../model/exchange';
import { curlLine } from './curl';
import type { HeaderMap } from './headers';
import type { Redactor } from './redactor';

/** A request as it went out: its URL and headers unredacted, kept only inside the process. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** A response as it came back, before redaction. */
export interface ReceivedResponse {
  status: number;
  headers: HeaderMap;
  body: string;
  bodyTruncated: boolean;
}

/** An exchange's record, and how the response is handed to it once it came. */
export interface Recording {
  exchange: Exchange;
  /** Keeps the response as received, to be redacted when first read. */
  received(response: ReceivedResponse): void;
}

/**
 * The record of one exchange, redacted (and its curl line written) when first read rather than
 * when sent: a burst of a thousand requests then pays only for the records someone reads. Its
 * request, response and curl line are own enumerable properties, so whatever reads the record — a
 * property access, JSON.stringify, a spread, structuredClone — gets only the redacted form,
 * through the redactor as it stands at that first read (which knows every secret learned since the
 * send). The unredacted request and response stay in this closure and never leave the process.
 */
export function recordExchange(sent: SentRequest, startedMs: number, redactor: Redactor): Recording {
  let request: Exchange['request'] | undefined;
  let curl: string | undefined;
  let raw: ReceivedResponse | undefined;
  let response: Exchange['response'];
  const exchange: Exchange = {
    get request() {
      request ??= {
        method: sent.method,
        url: redactor.redact(sent.url),
        headers: redactRecord(sent.headers, redactor),
        body: sent.body === undefined ? undefined : redactor.redact(sent.body),
      };
      return request;
    },
    set request(value) {
      request = value;
    },
    get response() {
      if (raw) {
        response = {
          status: raw.status,
          headers: redactHeaders(raw.headers, redactor),
          body: redactor.redact(raw.body),
          bodyTruncated: raw.bodyTruncated,
        };
        raw = undefined;
      }
      return response;
    },
    set response(value) {
      raw = undefined;
      response = value;
    },
    get curl() {
      curl ??= curlLine(sent, redactor);
      return curl;
    },
    set curl(value) {
      curl = value;
    },
    startedAt: new Date(startedMs).toISOString(),
    durationMs: 0,
  };
  return {
    exchange,
    received(value) {
      raw = value;
    },
  };
}

function redactRecord(record: Record<string, string>, redactor: Redactor): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in record) out[name] = redactor.redact(record[name] as string);
  return out;
}

function redactHeaders(headers: HeaderMap, redactor: Redactor): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.map((v) => redactor.redact(v)) : redactor.redact(value);
  }
  return out;
}
