import type { Contract } from '../../../src/contract/contract';
import type { HeaderMap } from '../../../src/http/headers';
import type { Exchange } from '../../../src/model/exchange';
import type { RateHeaderNames } from '../../../src/ratelimit/rate-headers';

/** What the probe reads of one response (an HttpResponse has all of it). */
export interface ProbeResponse {
  status: number;
  headers: HeaderMap;
  text: string;
  sentAtMs: number;
  receivedAtMs: number;
  exchange: Exchange;
}

/**
 * One kept-alive connection for unpaced GET /users/me, with the session token when there is one.
 * Calls may overlap: they go out pipelined, in the order made, and answer in that order.
 */
export interface ProbeConnection {
  /** "burst#1": the connection's label, and which of its sockets carried the last request. */
  readonly id: string;
  me(): Promise<ProbeResponse>;
  close(): Promise<void>;
}

export type SampleKind = 'me with the token' | 'me without credentials' | 'unknown route';

/**
 * Everything the probe does to the target and to time, so that it runs the same against a live
 * server (context-io.ts) and against a simulated limiter on a virtual clock (its tests).
 */
export interface ProbeIo {
  names: RateHeaderNames;
  /** The documented denial's status (429). */
  limitStatus: number;
  /** What /users/me documents when the limit lets it through: with a token, and without. */
  meStatus: { authenticated: number; unauthenticated: number };
  /** Why the burst must not be sent (--safe, no clause that needs it selected); undefined when it may. */
  burstForbidden?: string;
  /** The good login, paced; undefined when it gave no token. */
  login(): Promise<ProbeResponse | undefined>;
  /** One paced request of the sample. */
  sample(kind: SampleKind): Promise<ProbeResponse>;
  /** A new connection of its own; `label` names it in the trace; up to `pipelining` requests in flight. */
  connect(label: string, pipelining?: number): ProbeConnection;
  /**
   * The earliest moment the allowance can be whole again, as every answer so far bounds it (the
   * pacer's reading, from the run's first request on; see Pacer.earliestResetAtMs).
   */
  earliestResetAtMs(): number | undefined;
  /**
   * Whether `requests` paced requests may go at once: an answer so far advertised an allowance that
   * covers them, and they are a small share of Limit (see Pacer.covers).
   */
  allowanceKnownToCover(requests: number): boolean;
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** What every ProbeIo reads from the contract alone: header names, the denial, /users/me's statuses. */
export function probeFacts(contract: Contract): Pick<ProbeIo, 'names' | 'limitStatus' | 'meStatus'> {
  return {
    names: contract.headers,
    limitStatus: contract.limitExceeded.status,
    meStatus: {
      authenticated: contract.me.successStatus,
      unauthenticated: contract.me.unauthenticatedStatus,
    },
  };
}
