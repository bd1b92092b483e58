import { readRateHeaders } from '../../ratelimit/rate-headers';
import { parseHttpDate, readReset } from '../../ratelimit/reset-moment';
import type { Report } from '../report';

/**
 * The rate-limit headers as the source document names them (its "Rate limiting" table). The report
 * carries no contract, and header names are read in any letter case (RFC 9110), so these do.
 */
const RATE_HEADERS = {
  rateLimit: 'X-Ratelimit-Limit',
  rateRemaining: 'X-Ratelimit-Remaining',
  rateReset: 'X-Ratelimit-Reset',
};
const LIMIT_EXCEEDED = 429;

/** One request of the rate suite, on a time line that starts at its first request. */
export interface TracePoint {
  sentMs: number;
  receivedMs: number;
  status?: number;
  remaining?: number;
  limit?: number;
}

export interface RateTrace {
  points: TracePoint[];
  /** The moment the first 429 said the limit resets, on the same time line. */
  resetMs?: number;
  /** The largest Limit any response advertised. */
  limit?: number;
  spanMs: number;
}

/** The rate suite's requests over time, with Remaining, the 429s and the Reset moment; none without them. */
export function rateTrace(report: Report): RateTrace | undefined {
  const exchanges = report.transcript.filter((t) => t.area === 'rate').flatMap((t) => t.exchanges);
  if (exchanges.length === 0) return undefined;
  const origin = Math.min(...exchanges.map((e) => Date.parse(e.startedAt)));
  let resetMs: number | undefined;
  const points = exchanges.map((exchange): TracePoint => {
    const sentMs = Date.parse(exchange.startedAt) - origin;
    const receivedMs = sentMs + exchange.durationMs;
    const headers = exchange.response?.headers ?? {};
    const rate = readRateHeaders(headers, RATE_HEADERS);
    if (exchange.response?.status === LIMIT_EXCEEDED && resetMs === undefined && rate.reset !== undefined) {
      const dateHeader = headers.date ?? headers.Date;
      const date = parseHttpDate(Array.isArray(dateHeader) ? dateHeader[0] : dateHeader);
      const reading = readReset(rate.reset, origin + receivedMs, date);
      if (reading) resetMs = reading.atMs - origin;
    }
    return {
      sentMs,
      receivedMs,
      status: exchange.response?.status,
      remaining: rate.remaining,
      limit: rate.limit,
    };
  });
  const limits = points.map((p) => p.limit).filter((n): n is number => n !== undefined);
  const spanMs = Math.max(1, ...points.map((p) => p.receivedMs), resetMs ?? 0);
  return { points, resetMs, limit: limits.length > 0 ? Math.max(...limits) : undefined, spanMs };
}
