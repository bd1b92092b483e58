import type { Exchange } from './exchange';

/** How a request presented a session's token: `Authorization: Bearer …` or the session cookie. */
export type PresentedVia = 'bearer' | 'cookie';

/**
 * One exchange of the run, as the run-wide judges read it. Sessions are named by the suite that
 * opened them ("rate#1"), never by their token. The exchange itself is kept only where a judge may
 * read its body or show it as evidence (a JSON object body, a refusal); the rest is the line alone.
 */
export interface LedgerEntry {
  /** The suite that sent it: "api", "auth", "errors", "op", "rate". */
  suite: string;
  method: string;
  /** The request's path, redacted. */
  path: string;
  sentAtMs: number;
  receivedAtMs: number;
  /** Absent when the target did not answer. */
  status?: number;
  /** The run's own sessions whose token the request presented, and how. */
  presents?: { session: string; via: PresentedVia }[];
  /** The session a good login opened (its Token header). */
  opens?: string;
  /** The session this request ended: a logout presenting its token. */
  ends?: string;
  /** Whether the response body is a JSON object. */
  jsonObject?: boolean;
  exchange?: Exchange;
}
