import { type HeaderMap, headerValue } from '../http/headers';

export interface RateHeaderNames {
  rateLimit: string;
  rateRemaining: string;
  rateReset: string;
}

/** The three rate-limit headers of one response: raw text, and the integer when it is one. */
export interface RateHeaders {
  raw: { limit?: string; remaining?: string; reset?: string };
  limit?: number;
  remaining?: number;
  reset?: number;
}

const DECIMAL_INTEGER = /^[0-9]+$/;

/** Parses a header value as the table defines it: a non-negative decimal integer, or nothing. */
export function parseCount(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  return DECIMAL_INTEGER.test(trimmed) ? Number(trimmed) : undefined;
}

export function readRateHeaders(headers: HeaderMap, names: RateHeaderNames): RateHeaders {
  const raw = {
    limit: headerValue(headers, names.rateLimit),
    remaining: headerValue(headers, names.rateRemaining),
    reset: headerValue(headers, names.rateReset),
  };
  return {
    raw,
    limit: parseCount(raw.limit),
    remaining: parseCount(raw.remaining),
    reset: parseCount(raw.reset),
  };
}
