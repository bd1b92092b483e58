import { DEFAULT_SPEC_PATH } from '../../../src/catalogue/paths';
import type { Contract } from '../../../src/contract/contract';
import { loadContract } from '../../../src/contract/load-contract';
import { TransportError } from '../../../src/http/client';
import type { Exchange } from '../../../src/model/exchange';
import { readRateHeaders } from '../../../src/ratelimit/rate-headers';
import type { StrictReadings } from '../../../src/runner/run-config';
import type { Judge } from '../../../suites/checks/rate/judge';
import type { Phase, Trace, TracedResponse } from '../../../suites/checks/rate/trace';
import { Findings } from '../../../suites/support/findings';
import { CannotDecide, NotApplicable, NothingObserved } from '../../../suites/support/not-applicable';

/** Hand-built traces for the rate judges: responses on a virtual clock starting at T0. */
export const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);

export const NAMES = {
  rateLimit: 'X-Ratelimit-Limit',
  rateRemaining: 'X-Ratelimit-Remaining',
  rateReset: 'X-Ratelimit-Reset',
};

export interface ResponseSpec {
  phase?: Phase;
  label?: string;
  connection?: string;
  /** Sent at T0 + at (ms). */
  at: number;
  /** How long the answer took (ms); 1 by default. */
  took?: number;
  status?: number;
  /** Header values as sent; a number is written as is, undefined leaves the header out. */
  limit?: number | string;
  remaining?: number | string;
  reset?: number | string;
  /** The Date header (ms since the epoch, truncated to the second); the send time by default. */
  dateMs?: number | null;
  body?: string;
  contentType?: string;
}

export function response(spec: ResponseSpec): TracedResponse {
  const headers: Record<string, string> = {};
  if (spec.limit !== undefined) headers['x-ratelimit-limit'] = String(spec.limit);
  if (spec.remaining !== undefined) headers['x-ratelimit-remaining'] = String(spec.remaining);
  if (spec.reset !== undefined) headers['x-ratelimit-reset'] = String(spec.reset);
  const sentAtMs = T0 + spec.at;
  const receivedAtMs = sentAtMs + (spec.took ?? 1);
  const status = spec.status ?? 200;
  return {
    phase: spec.phase ?? 'burst',
    label: spec.label ?? 'a request',
    connection: spec.connection ?? (spec.phase === 'sample' ? 'pool' : 'burst#1'),
    sentAtMs,
    receivedAtMs,
    status,
    rate: readRateHeaders(headers, NAMES),
    dateMs: spec.dateMs === null ? undefined : Math.floor((spec.dateMs ?? sentAtMs) / 1000) * 1000,
    contentType: spec.contentType ?? (status === 429 ? 'text/plain' : 'application/json'),
    body: spec.body ?? (status === 429 ? 'limit exceeded' : '{}'),
    exchange: exchange(status),
  };
}

export function exchange(status: number): Exchange {
  return {
    request: { method: 'GET', url: 'http://target/api/v1/users/me', headers: {} },
    response: { status, headers: {}, body: '', bodyTruncated: false },
    startedAt: new Date(T0).toISOString(),
    durationMs: 1,
    curl: "curl -i 'http://target/api/v1/users/me'",
  };
}

export function trace(responses: TracedResponse[], extra: Partial<Trace> = {}): Trace {
  return { names: NAMES, responses, authenticated: true, normalStatus: 200, ...extra };
}

export function transportError(): TransportError {
  return new TransportError('GET http://target/api/v1/users/me: connection refused', exchange(0));
}

let contract: Contract | undefined;

/** The contract from the spec (header names, the 429, the error schema); load it in beforeAll. */
export async function loadJudgeContract(): Promise<Contract> {
  contract ??= await loadContract(DEFAULT_SPEC_PATH);
  return contract;
}

export type Verdict =
  | { kind: 'holds'; findings: Findings }
  | { kind: 'violated'; findings: Findings }
  | { kind: 'not-applicable' | 'nothing-observed' | 'cannot-decide' | 'transport-error'; message: string };

/** Runs a judge on a trace and says what came of it. */
export function judge(j: Judge, t: Trace, strict: StrictReadings = {}): Verdict {
  if (!contract) throw new Error('call loadJudgeContract() in beforeAll');
  const findings = new Findings();
  try {
    j(t, findings, { contract, strict });
  } catch (error) {
    if (error instanceof NotApplicable) return { kind: 'not-applicable', message: error.message };
    if (error instanceof NothingObserved) return { kind: 'nothing-observed', message: error.message };
    if (error instanceof CannotDecide) return { kind: 'cannot-decide', message: error.message };
    if (error instanceof TransportError) return { kind: 'transport-error', message: error.message };
    throw error;
  }
  return { kind: findings.violations.length > 0 ? 'violated' : 'holds', findings };
}

/** The violations' "actual" lines, or the reason a judge gave up, for readable expectations. */
export function actuals(verdict: Verdict): string[] {
  return 'findings' in verdict ? verdict.findings.violations.map((v) => v.actual) : [verdict.message];
}

export function noteOf(verdict: Verdict): string {
  return 'findings' in verdict ? (verdict.findings.noteText ?? '') : verdict.message;
}

/** The sample the probe sends first: four paced requests, Remaining counting down from `limit` - 1. */
export function sample(limit: number, extra: Partial<ResponseSpec> = {}): TracedResponse[] {
  const kinds: [string, number][] = [
    ['login', 200],
    ['/users/me with the token', 200],
    ['/users/me without credentials', 401],
    ['an unknown route', 404],
  ];
  return kinds.map(([label, status], i) =>
    response({
      phase: 'sample',
      label,
      status,
      at: i * 5,
      limit,
      remaining: Math.max(0, limit - 1 - i),
      reset: 1,
      ...extra,
    }),
  );
}

/**
 * A clean fixed-window burst from `at`: Remaining from `limit` - 1 down to 0, `gap` ms apart, then
 * one 429 with Remaining 0.
 */
export function windowBurst(
  limit: number,
  options: { at?: number; gap?: number; reset?: number } = {},
): TracedResponse[] {
  const { at = 1000, gap = 1, reset = 1 } = options;
  const allowed = Array.from({ length: limit }, (_, i) =>
    response({ label: `burst request ${i + 1}`, at: at + i * gap, limit, remaining: limit - 1 - i, reset }),
  );
  const denial = response({
    label: `burst request ${limit + 1}`,
    at: at + limit * gap,
    status: 429,
    limit,
    remaining: 0,
    reset,
  });
  return [...allowed, denial];
}
