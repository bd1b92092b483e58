import type { PresentedTokens } from './auth/presented-tokens';
import type { User } from './auth/user';
import type { RateDecision } from './rate-limit/rate-limiter';
import type { ServerRequest } from './request';
import type { ServerResponse } from './response';

export type Decide = (key: string, nowMs: number) => RateDecision;
export type Authenticate = (tokens: PresentedTokens) => User | undefined;
export type Respond = (request: ServerRequest) => ServerResponse;

/**
 * The points where a fault may change what the server does, in the order a request meets them.
 * Each is optional; the ones that take `next` wrap the server's own step and may call it, change
 * its input or its result, or answer without it.
 */
export interface ServerHooks {
  /** Picks the request's id; `fresh` is the one the server drew. */
  requestId?: (fresh: string) => string;
  /** Decides whether the client's request may go, and what the rate-limit headers say. */
  decide?: (key: string, nowMs: number, next: Decide) => RateDecision;
  /** Answers a request the limiter let through (routing, handlers), before the common headers. */
  respond?: (request: ServerRequest, next: Respond) => ServerResponse;
  /** Finds the user a request's tokens authenticate. */
  authenticate?: (tokens: PresentedTokens, next: Authenticate) => User | undefined;
  /** Edits the finished response, common headers included, just before it is written. */
  beforeRespond?: (response: ServerResponse, request: ServerRequest) => ServerResponse;
}

/** The hooks of several faults as one: the first listed sees a request first and its answer last. */
export interface HookChain {
  requestId(fresh: string): string;
  decide(base: Decide): Decide;
  respond(base: Respond): Respond;
  authenticate(base: Authenticate): Authenticate;
  beforeRespond(response: ServerResponse, request: ServerRequest): ServerResponse;
}

export function composeHooks(list: readonly ServerHooks[]): HookChain {
  return {
    requestId: (fresh) => list.reduce((id, { requestId }) => requestId?.(id) ?? id, fresh),
    decide: (base) =>
      list.reduceRight<Decide>(
        (next, { decide }) => (decide ? (k, now) => decide(k, now, next) : next),
        base,
      ),
    respond: (base) =>
      list.reduceRight<Respond>((next, { respond }) => (respond ? (r) => respond(r, next) : next), base),
    authenticate: (base) =>
      list.reduceRight<Authenticate>(
        (next, { authenticate }) => (authenticate ? (t) => authenticate(t, next) : next),
        base,
      ),
    beforeRespond: (response, request) =>
      list.reduce((r, { beforeRespond }) => beforeRespond?.(r, request) ?? r, response),
  };
}
