import type { HeaderMap } from '../../../src/http/headers';
import { Pacer } from '../../../src/ratelimit/pacer';
import type {
  ProbeConnection,
  ProbeIo,
  ProbeResponse,
  SampleKind,
} from '../../../suites/checks/rate/probe-io';
import { exchange, NAMES, T0, transportError } from './build-trace';

/**
 * A rate-limited target on a virtual clock, for running the real probe deterministically: the
 * limiter models below are written from the document's two readings and from what real servers do,
 * independently of the reference server.
 */
export interface Decision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the limit resets (server clock, ms): the window's end, or the moment the bucket is full. */
  resetAtMs: number;
}

export interface Limiter {
  decide(key: string, serverNowMs: number): Decision;
}

/** `rate` a window of `windowMs`; windows aligned to the server's seconds, or started by a client's first request. */
export function fixedWindow(rate: number, options: { aligned?: boolean; windowMs?: number } = {}): Limiter {
  const windowMs = options.windowMs ?? 1000;
  const windows = new Map<string, { start: number; used: number }>();
  return {
    decide(key, now) {
      let w = windows.get(key);
      const start = options.aligned ? Math.floor(now / windowMs) * windowMs : now;
      if (!w || now >= w.start + windowMs) {
        w = { start, used: 0 };
        windows.set(key, w);
      }
      const allowed = w.used < rate;
      if (allowed) w.used++;
      return { allowed, limit: rate, remaining: rate - w.used, resetAtMs: w.start + windowMs };
    },
  };
}

// The token bucket lives in its own file, written from the GCRA definition.
export { tokenBucket } from './gcra-bucket';

export interface TargetOptions {
  limiter: Limiter;
  resetForm?: 'seconds-left' | 'epoch';
  /** How seconds left are rounded to an integer. */
  rounding?: 'ceil' | 'floor';
  /** Whose allowance a request spends: the client's, or each connection's (address and port). */
  keyBy?: 'client' | 'connection';
  /**
   * One request per connection: each answer says Connection: close, and the next goes on a new
   * socket. `after-sample`: only on the probe's own connections (the sample's pool is kept alive).
   * `silently`: the probe's own connections close after one answer without saying so, and the
   * request pipelined behind it fails (as undici reports it), unseen by the limiter.
   */
  closesConnections?: boolean | 'after-sample' | 'silently';
  /** The server's clock minus the checker's (ms). */
  skewMs?: number;
  /** Round trip of one request (ms); the burst sends one after another. */
  latencyMs?: number;
  /** Up to this much more on a round trip, varying from request to request (a fixed sequence). */
  jitterMs?: number;
  /** Whether a 429 carries Retry-After (seconds). */
  retryAfter?: boolean;
  limitBody?: 'text' | 'json';
  /** Whether the unknown route's answer carries the rate-limit headers. */
  headersOnUnknownRoute?: boolean;
  /** Whether a login gives a token. */
  loginWorks?: boolean;
  /** Edits a response's headers after the limiter decided, to model faults. */
  edit?: (headers: Record<string, string>, decision: Decision, serverNowMs: number) => void;
  /** Changes the limiter's decision, to model faults. */
  override?: (decision: Decision) => Decision;
  burstForbidden?: string;
  /** How many requests the session's token authenticates before the target forgets it (401). */
  sessionKeptFor?: number;
}

export interface SimulatedTarget extends ProbeIo {
  /** Requests the target answered. */
  readonly requests: number;
}

export function simulatedTarget(options: TargetOptions): SimulatedTarget {
  const o = {
    resetForm: 'seconds-left' as const,
    rounding: 'ceil' as const,
    keyBy: 'client' as const,
    skewMs: 0,
    latencyMs: 0.5,
    jitterMs: 0,
    retryAfter: false,
    limitBody: 'text' as const,
    headersOnUnknownRoute: true,
    loginWorks: true,
    ...options,
  };
  let now = T0;
  let requests = 0;
  let seed = 7;
  const jitter = () => {
    seed = (seed * 48271) % 2147483647;
    return (seed / 2147483647) * o.jitterMs;
  };
  let sockets = 0;
  let authenticated = 0;
  const pacer = new Pacer(NAMES);

  function answer(socket: string, kind: 'login' | SampleKind): ProbeResponse {
    requests++;
    const sentAtMs = now;
    const roundTrip = o.latencyMs + jitter();
    const serverNow = now + roundTrip / 2 + o.skewMs;
    const key = o.keyBy === 'client' ? 'client' : socket;
    const raw = o.limiter.decide(key, serverNow);
    const decision = o.override ? o.override(raw) : raw;
    const left = (decision.resetAtMs - serverNow) / 1000;
    const reset =
      o.resetForm === 'epoch'
        ? Math.ceil(decision.resetAtMs / 1000)
        : Math.max(0, o.rounding === 'ceil' ? Math.ceil(left) : Math.floor(left));
    const headers: Record<string, string> = { date: new Date(serverNow).toUTCString() };
    if (o.closesConnections === true || (o.closesConnections === 'after-sample' && socket !== 'pool'))
      headers.connection = 'close';
    if (kind !== 'unknown route' || o.headersOnUnknownRoute) {
      headers['x-ratelimit-limit'] = String(decision.limit);
      headers['x-ratelimit-remaining'] = String(Math.max(0, decision.remaining));
      headers['x-ratelimit-reset'] = String(reset);
    }
    o.edit?.(headers, decision, serverNow);
    let status: number;
    let text: string;
    if (!decision.allowed) {
      status = 429;
      text =
        o.limitBody === 'text'
          ? 'limit exceeded\n'
          : JSON.stringify({
              message: 'limit exceeded',
              detailed_error: '',
              request_id: 'r',
              status_code: 429,
            });
      headers['content-type'] = o.limitBody === 'text' ? 'text/plain' : 'application/json';
      if (o.retryAfter) headers['retry-after'] = String(Math.max(1, Math.ceil(left)));
    } else {
      status =
        kind === 'unknown route'
          ? 404
          : kind === 'me without credentials' || (kind === 'me with the token' && !o.loginWorks)
            ? 401
            : 200;
      if (status === 200 && kind === 'me with the token' && ++authenticated > (o.sessionKeptFor ?? Infinity))
        status = 401;
      text = '{}';
      headers['content-type'] = 'application/json';
    }
    now += roundTrip;
    const response = {
      status,
      headers: headers as HeaderMap,
      text,
      sentAtMs,
      receivedAtMs: now,
      exchange: exchange(status),
    };
    pacer.observe(response.headers, response.receivedAtMs);
    return response;
  }

  async function paced(kind: 'login' | SampleKind): Promise<ProbeResponse> {
    for (let attempt = 0; ; attempt++) {
      now += pacer.delayMs(now);
      const response = answer('pool', kind);
      if (response.status !== 429 || attempt >= 2) return response;
      now += pacer.retryDelayMs(response.headers, response.receivedAtMs);
    }
  }

  return {
    names: NAMES,
    limitStatus: 429,
    meStatus: { authenticated: 200, unauthenticated: 401 },
    burstForbidden: o.burstForbidden,
    get requests() {
      return requests;
    },
    async login() {
      const response = await paced('login');
      return o.loginWorks && response.status === 200 ? response : undefined;
    },
    sample: paced,
    connect(label): ProbeConnection {
      // Each socket a key of its own across connections; its id counts this connection's sockets.
      let socket = `${label}#${++sockets}`;
      let opened = 1;
      let used = false;
      let lost = 0;
      const kind = o.loginWorks ? 'me with the token' : 'me without credentials';
      return {
        get id() {
          return `${label}#${opened}`;
        },
        me: async () => {
          // undici fails the request in flight behind the answer on a socket closed under it.
          if (o.closesConnections === 'silently' && used && opened === 1 && ++lost === 1)
            throw transportError();
          if (o.closesConnections && used) {
            socket = `${label}#${++sockets}`;
            opened++;
          }
          used = true;
          return answer(socket, kind);
        },
        close: async () => {},
      };
    },
    earliestResetAtMs: () => pacer.earliestResetAtMs(),
    allowanceKnownToCover: (requests) => pacer.knownToCover(requests),
    now: () => now,
    sleep: async (ms) => {
      now += Math.max(0, ms);
    },
  };
}
