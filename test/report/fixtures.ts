import type { Catalogue, Clause } from '../../src/model/clause';
import type { Exchange } from '../../src/model/exchange';
import type { Level } from '../../src/model/level';
import type { Outcome } from '../../src/model/outcome';
import type { Status } from '../../src/model/status';
import { buildReport, type RunFacts } from '../../src/report';

/** A small catalogue, built by hand: one clause per line of the table below. */
export function catalogueOf(...clauses: [id: string, level: Level, extra?: Partial<Clause>][]): Catalogue {
  return {
    document: 'docs/mattermost-api-v1-overview.md',
    sections: [],
    contradictions: [],
    clauses: clauses.map(([id, level, extra]) => ({
      id,
      level,
      levelReason: `Why ${id} is a ${level}.`,
      requirement: `The target keeps ${id}.`,
      docAnchor: 'session-token',
      quote: 'a quote',
      openapi: '#/paths',
      ...extra,
    })),
  };
}

export function exchange(overrides: Partial<Exchange> = {}): Exchange {
  return {
    request: { method: 'GET', url: 'http://target.test/api/v1/users/me', headers: {} },
    response: {
      status: 401,
      headers: { 'content-type': 'application/json' },
      body: '{}',
      bodyTruncated: false,
    },
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 3,
    curl: "curl -i 'http://target.test/api/v1/users/me'",
    ...overrides,
  };
}

export function outcome(id: string, level: Level, status: Status, extra: Partial<Outcome> = {}): Outcome {
  return { kind: 'clause-outcome', id, level, status, violations: [], evidence: [], durationMs: 5, ...extra };
}

/** A broken clause: one violation shown by one exchange. */
export function broken(
  id: string,
  level: Level,
  status: Status = level === 'MUST' ? 'fail' : 'warn',
): Outcome {
  return outcome(id, level, status, {
    violations: [{ expected: '401', actual: '200 with a User object', exchange: 0 }],
    evidence: [exchange()],
  });
}

export function facts(overrides: Partial<RunFacts> = {}): RunFacts {
  return {
    tool: { name: 'mm-conformance', version: '0.1.0' },
    target: { url: 'http://target.test', builtIn: false },
    startedAt: new Date('2026-01-01T00:00:00.000Z'),
    finishedAt: new Date('2026-01-01T00:00:12.300Z'),
    requests: 42,
    gate: 'must',
    options: { safe: false, only: [], strict: {}, timeoutSeconds: 10, insecure: false, spec: 'spec/x.yaml' },
    ...overrides,
  };
}

/** The catalogue the report tests share: a MUST, a SHOULD and a MAY in each of two areas. */
export const CATALOGUE = catalogueOf(
  ['auth.bearer-accepted', 'MUST'],
  ['auth.cookie-accepted', 'SHOULD'],
  ['auth.wrong-password-refused', 'MUST', { active: true }],
  ['rate.limit-enforced', 'MUST', { active: true }],
  ['rate.reset-form', 'MUST', { observation: true }],
  ['rate.budget-scope', 'MAY', { observation: true }],
);

export function reportOf(outcomes: Outcome[], overrides: Partial<RunFacts> = {}) {
  return buildReport(CATALOGUE, outcomes, facts(overrides));
}
