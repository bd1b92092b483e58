import { loadCatalogue } from '../../src/catalogue/load-catalogue';
import type { Outcome } from '../../src/model/outcome';
import { statusForViolation } from '../../src/model/status';
import type { ServerOptions } from '../../src/server';
import { FAULTS, type Fault } from '../../src/server/faults';
import { checkServers, notPassing } from '../support/check-servers';

// The fault matrix. Precision first: the clean server passes in every variant. Then recall: each
// fault, turned on alone, is caught by exactly the clauses it declares. Variants and faults run
// one after the other (describe blocks run in order), so that the timing-sensitive variants never
// share the cores with the faults' runs.

// Precision: the clean reference server keeps the document in every variant the document allows,
// so no variant may earn a fail, a warn or an error. Observations (info) are allowed.
const VARIANTS: [string, Partial<ServerOptions>][] = [
  ['fixed window, 10/s, Reset in seconds left, text 429', {}],
  ['fixed window, Reset in epoch seconds', { resetForm: 'epoch' }],
  ['fixed window, JSON 429 body', { limitBody: 'json' }],
  ['fixed window, 1/s', { rate: 1 }],
  ['fixed window, 1000/s', { rate: 1000 }],
  ['token bucket, 10/s', { limiter: 'token-bucket' }],
  [
    'token bucket, 10/s, burst 3, epoch Reset, JSON 429',
    { limiter: 'token-bucket', burst: 3, resetForm: 'epoch', limitBody: 'json' },
  ],
  ['token bucket, 1000/s', { limiter: 'token-bucket', rate: 1000 }],
];

describe('the clean server, in every variant', () => {
  let results: Outcome[][] = [];

  beforeAll(async () => {
    // One run at a time: the 1000/s variants need the cores to outrun their limit.
    results = await checkServers(VARIANTS.map(([, server]) => ({ server })));
    const lines = VARIANTS.map(([name], i) => {
      const wrong = notPassing(results[i] ?? []).filter((s) => !s.endsWith(':info'));
      return `  ${wrong.length === 0 ? '✓' : '✗'} ${name}${wrong.length ? `: ${wrong.join(', ')}` : ''}`;
    });
    process.stdout.write(`\nClean variants (no fail, warn or error allowed):\n${lines.join('\n')}\n`);
  }, 600_000);

  test.each(VARIANTS.map(([name], i) => [name, i] as const))('%s: no fail, no warn, no error', (_name, i) => {
    const outcomes = results[i] ?? [];
    expect(outcomes.length).toBe(loadCatalogue().clauses.length);
    expect(notPassing(outcomes).filter((s) => !s.endsWith(':info'))).toEqual([]);
  });
});

// Each fault of the reference server breaks one documented promise. Turned on alone, it must make
// its declared clauses fail (MUST) or warn (SHOULD), and no clause outside what it declares fail
// or err: a check that no fault can fail is a check that cannot fail.

/** Faults run at a limit high enough that pacing rarely waits, low enough for a quick burst. */
const MATRIX_RATE = 50;
/** Most of a run is waiting (for a window to reset, a Reset moment to come): two runs share the cores well. */
const PROCESSES = 2;

const levelOf = new Map(loadCatalogue().clauses.map((c) => [c.id, c.level]));
const expectedStatus = (id: string) => statusForViolation(levelOf.get(id) ?? 'MUST');

/** The outcomes of the fault's declared clauses that are not the status its level earns. */
function missed(fault: Fault, outcomes: Outcome[]): string[] {
  return fault.breaks
    .map((id) => ({ id, status: outcomes.find((o) => o.id === id)?.status }))
    .filter(({ id, status }) => status !== expectedStatus(id))
    .map(({ id, status }) => `${id}:${status ?? 'absent'} (expected ${expectedStatus(id)})`);
}

/** Fails and errors outside the clauses the fault declares. */
function strays(fault: Fault, outcomes: Outcome[]): string[] {
  const declared = new Set([...fault.breaks, ...(fault.collateral ?? [])]);
  return outcomes
    .filter((o) => !declared.has(o.id) && (o.status === 'fail' || o.status === 'error'))
    .map((o) => `${o.id}:${o.status} ${o.note ?? JSON.stringify(o.violations.map((v) => v.actual))}`);
}

describe('each fault alone', () => {
  let results: Outcome[][] = [];

  beforeAll(async () => {
    results = await checkServers(
      FAULTS.map((fault) => ({ server: { rate: MATRIX_RATE, faults: [fault.name] } })),
      PROCESSES,
    );
    const rows = FAULTS.map((fault, i) => {
      const outcomes = results[i] ?? [];
      const caught = missed(fault, outcomes).length === 0 && strays(fault, outcomes).length === 0;
      return {
        fault: fault.name,
        expected: fault.breaks.join(', '),
        observed: notPassing(outcomes).join(', '),
        caught,
      };
    });
    const width = Math.max(...rows.map((r) => r.fault.length));
    const table = rows.map(
      (r) =>
        `${r.caught ? '✓' : '✗'} ${r.fault.padEnd(width)}  expected ${r.expected}  observed ${r.observed}`,
    );
    const caught = rows.filter((r) => r.caught).length;
    process.stdout.write(`\nFault matrix\n${table.join('\n')}\nfaults caught: ${caught}/${rows.length}\n`);
  }, 600_000);

  describe.each(FAULTS.map((fault, i) => [fault.name, fault, i] as const))('fault %s', (_name, fault, i) => {
    test(`breaks ${fault.breaks.join(', ')}`, () => {
      expect(missed(fault, results[i] ?? [])).toEqual([]);
    });

    test('no undeclared clause fails or errs', () => {
      expect(strays(fault, results[i] ?? [])).toEqual([]);
    });
  });
});
