import type { Exchange } from '../../../src/model/exchange';
import type { LedgerEntry, PresentedVia } from '../../../src/model/ledger';

/** Hand-built ledgers for the run-wide judges: entries on a clock starting at T0. */
export const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);

export interface EntrySpec {
  suite?: string;
  method?: string;
  path?: string;
  /** Sent at T0 + at (ms). */
  at: number;
  status: number;
  body?: unknown;
  requestId?: string;
  presents?: string;
  via?: PresentedVia;
  opens?: string;
  ends?: string;
}

/** One ledger line; a body is kept with its exchange, as the suite's ledger keeps a JSON object body. */
export function entry(spec: EntrySpec): LedgerEntry {
  const method = spec.method ?? 'GET';
  const path = spec.path ?? '/api/v1/users/me';
  const sentAtMs = T0 + spec.at;
  const body =
    spec.body === undefined ? '' : typeof spec.body === 'string' ? spec.body : JSON.stringify(spec.body);
  const jsonObject = typeof spec.body === 'object' && spec.body !== null;
  const exchange: Exchange = {
    request: { method, url: `http://127.0.0.1:8065${path}`, headers: {} },
    response: {
      status: spec.status,
      headers: spec.requestId ? { 'x-request-id': spec.requestId } : {},
      body,
      bodyTruncated: false,
    },
    startedAt: new Date(sentAtMs).toISOString(),
    durationMs: 1,
    curl: `curl -i 'http://127.0.0.1:8065${path}'`,
  };
  return {
    suite: spec.suite ?? 'api',
    method,
    path,
    sentAtMs,
    receivedAtMs: sentAtMs + 1,
    status: spec.status,
    ...(spec.presents ? { presents: [{ session: spec.presents, via: spec.via ?? 'bearer' }] } : {}),
    ...(spec.opens ? { opens: spec.opens } : {}),
    ...(spec.ends ? { ends: spec.ends } : {}),
    ...(jsonObject ? { jsonObject } : {}),
    ...(jsonObject || (spec.status >= 400 && spec.presents) ? { exchange } : {}),
  };
}

/** The JSON error body the document shows. */
export function errorBody(
  status: number,
  id = 'abc123',
  message = 'limit exceeded',
): Record<string, unknown> {
  return { message, detailed_error: '', request_id: id, status_code: status };
}

export const USER = { id: 'u1', email: 'someone@nowhere.com', username: 'someone', password: '' };
