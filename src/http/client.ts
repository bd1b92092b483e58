import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, Client, type Dispatcher, request } from 'undici';
import type { Exchange } from '../model/exchange';
import type { Pacer } from '../ratelimit/pacer';
import { curlLine } from './curl';
import { type HeaderMap, headerValue, headerValues } from './headers';
import { readJsonBody } from './json-body';
import type { Redactor } from './redactor';

/** Bodies beyond this are cut: a conformance check never needs more, and a hostile server can't flood us. */
export const MAX_BODY_BYTES = 256 * 1024;
/** How many times a request that meets an unplanned 429 is tried again after waiting for the reset. */
const RETRIES_AFTER_429 = 2;

export interface ClientOptions {
  /** Scheme, host and port of the target: credentials go nowhere else. */
  origin: string;
  timeoutMs: number;
  insecure?: boolean;
  redactor: Redactor;
  pacer?: Pacer;
}

export interface SendOptions {
  method: string;
  /** An absolute path on the target's origin. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** A connection of its own (for a burst on one kept-alive connection, or a fresh one). */
  dispatcher?: Dispatcher;
  /** Wait for the advertised limit to reset when it is spent, and retry after an unplanned 429 (default true). */
  paced?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: HeaderMap;
  /** The body as text, cut at MAX_BODY_BYTES. */
  text: string;
  /** The body was cut: at MAX_BODY_BYTES, or by the server closing the connection before its end. */
  truncated: boolean;
  /** The body went on past MAX_BODY_BYTES (an endless body, say): only its start was read. */
  overCap: boolean;
  /** The bytes read are not valid UTF-8 (`text` shows each bad sequence as U+FFFD). */
  invalidUtf8: boolean;
  sentAtMs: number;
  receivedAtMs: number;
  /** The redacted record of this request and response, for evidence. */
  exchange: Exchange;
  header(name: string): string | undefined;
  headerValues(name: string): string[];
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  json(): unknown;
}

/** The target did not answer: the checker cannot decide (an `error`, never a `fail`). */
export class TransportError extends Error {
  readonly kind = 'transport-error';
  constructor(
    message: string,
    readonly exchange: Exchange,
  ) {
    super(message);
  }
}

/**
 * The one HTTP layer of the checker: per-request timeout, no redirects followed, bodies capped,
 * pacing under the advertised rate limit, and every exchange kept, redacted, as evidence.
 */
export class HttpClient {
  private readonly agent: Agent;
  private requestCount = 0;
  /** Every exchange this client made, in the order sent (the run's HAR and rate timeline read them). */
  readonly transcript: Exchange[] = [];

  constructor(readonly options: ClientOptions) {
    this.agent = new Agent({ connect: this.connectOptions(), keepAliveTimeout: 10_000 });
  }

  /** How many requests reached the wire through this client. */
  get requestsSent(): number {
    return this.requestCount;
  }

  get redactor(): Redactor {
    return this.options.redactor;
  }

  /**
   * A single kept-alive connection, for requests that must share one (the caller closes it). With
   * `pipelining` above 1, that many requests go out before their answers come back (HTTP/1.1
   * pipelining), answered in the order sent.
   */
  oneConnection(pipelining = 1): Client {
    return new Client(this.options.origin, {
      connect: this.connectOptions(),
      pipelining,
      keepAliveTimeout: 10_000,
    });
  }

  async send(options: SendOptions): Promise<HttpResponse> {
    const paced = options.paced ?? true;
    for (let attempt = 0; ; attempt++) {
      if (paced) await sleep(this.options.pacer?.delayMs() ?? 0);
      const response = await this.sendOnce(options);
      this.options.pacer?.observe(response.headers, response.receivedAtMs);
      if (!paced || response.status !== 429 || attempt >= RETRIES_AFTER_429) return response;
      await sleep(this.options.pacer?.retryDelayMs(response.headers, response.receivedAtMs) ?? 1000);
    }
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private connectOptions() {
    return { rejectUnauthorized: !this.options.insecure, timeout: this.options.timeoutMs };
  }

  private async sendOnce(options: SendOptions): Promise<HttpResponse> {
    const url = new URL(options.path, this.options.origin).toString();
    const headers = { ...options.headers };
    const started = Date.now();
    const exchange: Exchange = {
      request: {
        method: options.method,
        url: this.redactor.redact(url),
        headers: redactRecord(headers, this.redactor),
        body: options.body === undefined ? undefined : this.redactor.redact(options.body),
      },
      startedAt: new Date(started).toISOString(),
      durationMs: 0,
      curl: curlLine({ method: options.method, url, headers, body: options.body }, this.redactor),
    };
    this.requestCount++;
    this.transcript.push(exchange);
    try {
      const response = await request(url, {
        dispatcher: options.dispatcher ?? this.agent,
        method: options.method as Dispatcher.HttpMethod,
        headers,
        body: options.body,
        // undici holds later requests back until this one's headers come, unless told it won't
        // block: only then does a pipelining connection keep several in flight.
        blocking: false,
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const body = await readCapped(response.body);
      const text = body.bytes.toString('utf8');
      const received = Date.now();
      exchange.durationMs = received - started;
      exchange.response = {
        status: response.statusCode,
        headers: redactHeaders(response.headers, this.redactor),
        body: this.redactor.redact(text),
        bodyTruncated: body.truncated,
      };
      return makeResponse(response.statusCode, response.headers, text, body, started, received, exchange);
    } catch (error) {
      exchange.durationMs = Date.now() - started;
      const reason = describeTransportError(error, this.options.timeoutMs);
      exchange.transportError = reason;
      throw new TransportError(`${options.method} ${exchange.request.url}: ${reason}`, exchange);
    }
  }
}

function makeResponse(
  status: number,
  headers: HeaderMap,
  text: string,
  body: CappedBody,
  sentAtMs: number,
  receivedAtMs: number,
  exchange: Exchange,
): HttpResponse {
  return {
    status,
    headers,
    text,
    truncated: body.truncated,
    overCap: body.overCap,
    invalidUtf8: !isUtf8(body.bytes, body.truncated),
    sentAtMs,
    receivedAtMs,
    exchange,
    header: (name) => headerValue(headers, name),
    headerValues: (name) => headerValues(headers, name),
    json() {
      const body = readJsonBody(text);
      return body.kind === 'json' ? body.value : undefined;
    },
  };
}

/** A body as read: its bytes up to the cap, and whether (and why) it was cut. */
interface CappedBody {
  bytes: Buffer;
  truncated: boolean;
  overCap: boolean;
}

async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<CappedBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      const room = MAX_BODY_BYTES - size;
      chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
      size += Math.min(chunk.length, room);
      // A body of exactly the cap is not over it; one byte more is, and reading stops there.
      if (chunk.length > room) {
        body.destroy();
        return { bytes: Buffer.concat(chunks), truncated: true, overCap: true };
      }
    }
  } catch (error) {
    // The status and headers came, then the server closed the connection mid-body: that is an
    // answer (a body cut short), not a missing one. A timeout is still no answer.
    const code = (error as { code?: string }).code;
    if (code !== 'UND_ERR_SOCKET' && code !== 'ECONNRESET') throw error;
    return { bytes: Buffer.concat(chunks), truncated: true, overCap: false };
  }
  return { bytes: Buffer.concat(chunks), truncated: false, overCap: false };
}

/**
 * Whether the bytes are valid UTF-8. A body cut short may end inside a character: only its
 * complete characters are judged then.
 */
function isUtf8(bytes: Buffer, cut: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: cut });
    return true;
  } catch {
    return false;
  }
}

function redactRecord(record: Record<string, string>, redactor: Redactor): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, redactor.redact(v)]));
}

function redactHeaders(headers: HeaderMap, redactor: Redactor): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.map((v) => redactor.redact(v)) : redactor.redact(value);
  }
  return out;
}

function describeTransportError(error: unknown, timeoutMs: number): string {
  const err = error as {
    name?: string;
    code?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  const code = err.code ?? err.cause?.code;
  if (
    err.name === 'TimeoutError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'UND_ERR_CONNECT_TIMEOUT'
  ) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'connection closed by the server';
  return `${code ? `${code}: ` : ''}${err.cause?.message ?? err.message ?? String(error)}`;
}
