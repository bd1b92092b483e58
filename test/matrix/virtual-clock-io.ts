import { Client } from 'undici';
import type { Contract } from '../../src/contract/contract';
import type { HeaderMap } from '../../src/http/headers';
import type { Exchange } from '../../src/model/exchange';
import { Pacer } from '../../src/ratelimit/pacer';
import { DEMO_ACCOUNT } from '../../src/server';
import {
  type ProbeConnection,
  type ProbeIo,
  type ProbeResponse,
  probeFacts,
  type SampleKind,
} from '../../suites/checks/rate/probe-io';
import { type RawAnswer, virtualConnection } from './virtual-connection';

/** A clock that moves only when told: the server reads it, and the probe waits on it without sleeping. */
export class VirtualClock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += Math.max(0, ms);
  }
  /** Moves to `ms`, or stays where it is if that moment has passed: time never runs back. */
  advanceTo(ms: number): void {
    this.ms = Math.max(this.ms, ms);
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
 * reads it, half after, and every wait of the probe at once. The probe's own connections may
 * pipeline (virtual-connection.ts). So a probe that takes seconds of the
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
  const connections: { close(): Promise<void> }[] = [];
  let auth: Record<string, string> = {};

  /** One real request, answered at the virtual clock's current moment. */
  async function sendNow(
    client: Client,
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: string,
  ): Promise<RawAnswer> {
    const answer = await client.request({ method, path, headers, body });
    return {
      status: answer.statusCode,
      headers: answer.headers as HeaderMap,
      text: await answer.body.text(),
    };
  }

  /** The probe's view of an answer, once the virtual network's moments are known. */
  function respond(answer: RawAnswer, sentAtMs: number, receivedAtMs: number, method: string, path: string) {
    pacer.observe(answer.headers, receivedAtMs);
    return {
      ...answer,
      sentAtMs,
      receivedAtMs,
      exchange: exchangeOf(url, method, path, answer.status, answer.text, sentAtMs, receivedAtMs),
    };
  }

  /** One request alone on the pool: half a round trip there, the server's answer, half back. */
  async function send(
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: string,
  ): Promise<ProbeResponse> {
    const sentAtMs = clock.now();
    clock.advance(roundTripMs / 2 + HANDLING_MS / 2);
    const answer = await sendNow(pool, method, path, headers, body);
    clock.advance(roundTripMs / 2 + HANDLING_MS / 2);
    return respond(answer, sentAtMs, clock.now(), method, path);
  }

  /** A paced request: waits (virtually) while the pacer says so, and retries a 429 twice. */
  async function paced(method: string, path: string, headers?: Record<string, string>, body?: string) {
    for (let attempt = 0; ; attempt++) {
      clock.advance(pacer.delayMs(clock.now()));
      const response = await send(method, path, headers, body);
      if (response.status !== contract.limitExceeded.status || attempt >= 2) return response;
      clock.advance(pacer.retryDelayMs(response.headers, response.receivedAtMs));
    }
  }

  return {
    ...probeFacts(contract),
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
      const { method, path } = contract.me;
      const connection = virtualConnection(label, url, clock, roundTripMs / 2, HANDLING_MS, {
        sendNow: (client) => sendNow(client, method, path, auth),
        respond: (answer, sentAtMs, receivedAtMs) => respond(answer, sentAtMs, receivedAtMs, method, path),
      });
      connections.push(connection);
      return connection;
    },
    earliestResetAtMs: () => pacer.earliestResetAtMs(),
    allowanceKnownToCover: (requests) => pacer.knownToCover(requests),
    now: () => clock.now(),
    sleep: async (ms) => clock.advance(ms),
    close: async () => {
      await Promise.all(connections.map((c) => c.close()));
      if (!pool.closed) await pool.close();
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
