import type { IncomingHttpHeaders } from 'node:http';
import type { RateDecision } from './rate-limit/rate-limiter';

/** The two operations the overview describes, and Mattermost 1.x's logout and user by id. */
export type Operation = 'login' | 'me' | 'logout' | 'user-by-id';

/** One request as the server handles it: read in full, given its id and the limiter's decision. */
export interface ServerRequest {
  readonly id: string;
  readonly method: string;
  /** The path without its query. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** The body went past the server's cap; `body` holds only its start. */
  readonly bodyTooLarge: boolean;
  /** Whose allowance the request spends. */
  readonly clientKey: string;
  readonly receivedAtMs: number;
  readonly rate: RateDecision;
}
