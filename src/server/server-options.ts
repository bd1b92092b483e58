import type { Clock } from './clock';

/** The account the source document's examples log in with; the reference server knows only it. */
export const DEMO_ACCOUNT = {
  team: 'exampleteam',
  email: 'someone@nowhere.com',
  password: 'thisisabadpassword',
} as const;

/** How the reference server behaves; every field has a default (DEFAULT_SERVER_OPTIONS). */
export interface ServerOptions {
  /** Address to bind; loopback unless told otherwise. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Requests allowed per second, per client (or per connection, see `limitPer`). */
  rate: number;
  /**
   * Whose allowance a request spends: `client` (the remote address, all its connections together)
   * or `connection` (address and port: each TCP connection its own, as Mattermost 1.x keys it).
   */
  limitPer: 'client' | 'connection';
  /**
   * false: one request per connection, answered with `Connection: close`, as a proxy that does
   * not pipeline; requests pipelined behind it are never read.
   */
  pipelining: boolean;
  /**
   * `fixed-window`: like Mattermost 1.x — a one-second window, Reset counts seconds until it ends.
   * `token-bucket`: GCRA like later Mattermost — Limit is burst + 1, Remaining refills continuously.
   */
  limiter: 'fixed-window' | 'token-bucket';
  /** Token bucket only: requests allowed at once beyond the first; defaults to `rate`. */
  burst?: number;
  /** X-Ratelimit-Reset as seconds left (the examples) or epoch seconds (the table). */
  resetForm: 'seconds-left' | 'epoch';
  /** The 429 body: the documented plain text `limit exceeded`, or the JSON error body. */
  limitBody: 'text' | 'json';
  /**
   * What a logout ends: `its-session`, the one session it presents (as Mattermost 1.x), or
   * `every-session` of its user ("log out everywhere"). The document does not say.
   */
  logoutEnds: 'its-session' | 'every-session';
  /** Consecutive wrong passwords before an account locks; a good login resets the count. */
  lockoutAfter: number;
  /** A simulated network round trip, in milliseconds: half before a request is seen, half after. */
  latencyMs: number;
  /** Up to this many milliseconds more, at random, on each half of the round trip. */
  jitterMs: number;
  /** Names of faults to turn on (see src/server/faults). */
  faults: string[];
  /** Where the server reads the time; the system clock unless a test steps its own. */
  clock?: Clock;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
  host: '127.0.0.1',
  port: 8065,
  rate: 10,
  limitPer: 'client',
  pipelining: true,
  limiter: 'fixed-window',
  resetForm: 'seconds-left',
  limitBody: 'text',
  logoutEnds: 'its-session',
  lockoutAfter: 10,
  latencyMs: 0,
  jitterMs: 0,
  faults: [],
};
