import { Client } from 'undici';
import type { Contract } from '../../src/contract/contract';
import type { HeaderMap } from '../../src/http/headers';
import type { Exchange } from '../../src/model/exchange';
import { Pacer } from '../../src/ratelimit/pacer';
import { DEMO_ACCOUNT } from '../../src/server';
import type { ProbeConnection, ProbeIo, ProbeResponse, SampleKind } from '../../suites/checks/rate/probe-io';

/** A clock that moves only when told: the server reads it, and the probe waits on it without sleeping. */
export class VirtualClock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += Math.max(0, ms);
  }
}

/**
 * Server time one request takes beside the round trip: a fast loopback client, so that even a
 * round trip of 0 lets a burst's requests arrive at distinct moments.
 */
const HANDLING_MS = 0.2;

/**
 * The rate probe's I/O against a running reference server whose clock is `clock`: real HTTP on
 * loopback, but time passes only on the virtual clock — half the round trip before the server
 * reads it, half after, and every wait of the probe at once. So a probe that takes seconds of the
 * target's time takes a few milliseconds, and the server's timing cannot be disturbed by load.
 */
export function virtualClockIo(
  url: string,
  contract: Contract,
  clock: VirtualClock,
  roundTripMs: number,
): ProbeIo & {
  close(): Promise<void>;
} {
  const pool = new Client(url);
  const pacer = new Pacer(contract.headers);
  const opened: Client[] = [pool];
  let auth: Record<string, string> = {};

  async function send(
    client: Client,
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: string,
  ): Promise<ProbeResponse> {
    const sentAtMs = clock.now();
    clock.advance(roundTripMs / 2 + HANDLING_MS / 2);
    const answer = await client.request({ method, path, headers, body });
    const text = await answer.body.text();
    clock.advance(roundTripMs / 2 + HANDLING_MS / 2);
    const receivedAtMs = clock.now();
    const responseHeaders = answer.headers as HeaderMap;
    pacer.observe(responseHeaders, receivedAtMs);
    return {
      status: answer.statusCode,
      headers: responseHeaders,
      text,
      sentAtMs,
      receivedAtMs,
      exchange: exchangeOf(url, method, path, answer.statusCode, text, sentAtMs, receivedAtMs),
    };
  }

  /** A paced request: waits (virtually) while the pacer says so, and retries a 429 twice. */
  async function paced(method: string, path: string, headers?: Record<string, string>, body?: string) {
    for (let attempt = 0; ; attempt++) {
      clock.advance(pacer.delayMs(clock.now()));
      const response = await send(pool, method, path, headers, body);
      if (response.status !== contract.limitExceeded.status || attempt >= 2) return response;
      clock.advance(pacer.retryDelayMs(response.headers, response.receivedAtMs));
    }
  }

  return {
    names: contract.headers,
    limitStatus: contract.limitExceeded.status,
    meStatus: {
      authenticated: contract.me.successStatus,
      unauthenticated: contract.me.unauthenticatedStatus,
    },
    async login() {
      const { team, email, password } = contract.login.fields;
      const body = JSON.stringify({
        [team]: DEMO_ACCOUNT.team,
        [email]: DEMO_ACCOUNT.email,
        [password]: DEMO_ACCOUNT.password,
      });
      const response = await paced(
        contract.login.method,
        contract.login.path,
        { 'content-type': 'application/json' },
        body,
      );
      const token = response.headers[contract.headers.token.toLowerCase()];
      if (response.status !== contract.login.successStatus || typeof token !== 'string' || token === '')
        return undefined;
      auth = { authorization: `${contract.bearer.scheme} ${token}` };
      return response;
    },
    sample(kind: SampleKind) {
      if (kind === 'unknown route') return paced('GET', `${contract.basePath}/no-such-route`);
      return paced(contract.me.method, contract.me.path, kind === 'me with the token' ? auth : {});
    },
    connect(label): ProbeConnection {
      const connection = new Client(url, { pipelining: 1 });
      opened.push(connection);
      return {
        id: `${label}#1`,
        me: () => send(connection, contract.me.method, contract.me.path, auth),
        close: () => connection.close(),
      };
    },
    now: () => clock.now(),
    sleep: async (ms) => clock.advance(ms),
    close: async () => {
      await Promise.all(opened.map((c) => (c.closed ? undefined : c.close())));
    },
  };
}

function exchangeOf(
  url: string,
  method: string,
  path: string,
  status: number,
  body: string,
  sentAtMs: number,
  receivedAtMs: number,
): Exchange {
  return {
    request: { method, url: `${url}${path}`, headers: {} },
    response: { status, headers: {}, body, bodyTruncated: false },
    startedAt: new Date(sentAtMs).toISOString(),
    durationMs: receivedAtMs - sentAtMs,
    curl: `curl -i '${url}${path}'`,
  };
}
