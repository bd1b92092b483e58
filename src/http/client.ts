import { isUtf8 as isUtf8Buffer } from 'node:buffer';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Dispatcher } from 'undici';
import type { Exchange } from '../model/exchange';
import type { Pacer } from '../ratelimit/pacer';
import { type CappedResponse, cappedDispatch } from './capped-dispatch';
import { type HeaderMap, headerValue, headerValues } from './headers';
import { type JsonBody, readJsonBody } from './json-body';
import { recordExchange } from './recorded-exchange';
import type { Redactor } from './redactor';
import { Agent, Client } from './undici-dispatchers';

/** Bodies beyond this are cut: a conformance check never needs more, and a hostile server can't flood us. */
export const MAX_BODY_BYTES = 256 * 1024;
/** How many times a request that meets an unplanned 429 is tried again after waiting for the reset. */
const RETRIES_AFTER_429 = 2;
/** How many paths a client keeps parsed (a run names a handful; unknown-route probes each name a new one). */
const MAX_TARGETS = 256;

/** Where a request goes: the URL recorded, and the origin and path undici is given. */
interface Target {
  url: string;
  origin: string;
  path: string;
}

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
  private readonly targets = new Map<string, Target>();
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
      // A timer of 0 ms still waits about a millisecond: only wait when there is a wait.
      const delayMs = paced ? (this.options.pacer?.delayMs() ?? 0) : 0;
      if (delayMs > 0) await sleep(delayMs);
      const response = await this.sendOnce(options);
      this.options.pacer?.observe(response.headers, response.receivedAtMs, response.sentAtMs);
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

  /** The URL a path names on the target, and the origin and path undici sends it to (parsed once per path). */
  private target(path: string): Target {
    let target = this.targets.get(path);
    if (!target) {
      const url = new URL(path, this.options.origin);
      target = { url: url.toString(), origin: url.origin, path: `${url.pathname}${url.search}` };
      if (this.targets.size >= MAX_TARGETS) this.targets.clear();
      this.targets.set(path, target);
    }
    return target;
  }

  private async sendOnce(options: SendOptions): Promise<HttpResponse> {
    const target = this.target(options.path);
    const headers = { ...options.headers };
    const started = Date.now();
    const sent = { method: options.method, url: target.url, headers, body: options.body };
    const { exchange, received } = recordExchange(sent, started, this.redactor);
    this.requestCount++;
    this.transcript.push(exchange);
    try {
      const response = await cappedDispatch(options.dispatcher ?? this.agent, {
        origin: target.origin,
        path: target.path,
        method: options.method,
        headers,
        body: options.body,
        maxBodyBytes: MAX_BODY_BYTES,
        timeoutMs: this.options.timeoutMs,
      });
      const text = response.bytes.toString('utf8');
      const receivedAt = Date.now();
      exchange.durationMs = receivedAt - started;
      received({
        status: response.status,
        headers: response.headers,
        body: text,
        bodyTruncated: response.truncated,
      });
      return makeResponse(response, text, started, receivedAt, exchange);
    } catch (error) {
      exchange.durationMs = Date.now() - started;
      const reason = describeTransportError(error, this.options.timeoutMs);
      exchange.transportError = reason;
      throw new TransportError(`${options.method} ${exchange.request.url}: ${reason}`, exchange);
    }
  }
}

function makeResponse(
  response: CappedResponse,
  text: string,
  sentAtMs: number,
  receivedAtMs: number,
  exchange: Exchange,
): HttpResponse {
  const { status, headers, bytes, truncated, overCap } = response;
  let json: JsonBody | undefined;
  return {
    status,
    headers,
    text,
    truncated,
    overCap,
    invalidUtf8: !isUtf8(bytes, truncated),
    sentAtMs,
    receivedAtMs,
    exchange,
    header: (name) => headerValue(headers, name),
    headerValues: (name) => headerValues(headers, name),
    json() {
      json ??= readJsonBody(text);
      return json.kind === 'json' ? json.value : undefined;
    },
  };
}

/**
 * Whether the bytes are valid UTF-8. A body cut short may end inside a character: only its
 * complete characters are judged then.
 */
function isUtf8(bytes: Buffer, cut: boolean): boolean {
  if (!cut) return isUtf8Buffer(bytes);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
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
