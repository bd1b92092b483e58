import { loadCatalogue } from '../../src/catalogue/load-catalogue';
import type { Outcome } from '../../src/model/outcome';
import { statusForViolation } from '../../src/model/status';
import { FAULTS, type Fault } from '../../src/server/faults';
import { checkServers, notPassing } from '../support/check-servers';

// Each fault of the reference server breaks one documented promise. Turned on alone, it must make
// its declared clauses fail (MUST) or warn (SHOULD), and no clause outside what it declares fail
// or err: a check that no fault can fail is a check that cannot fail.

/** Faults run at a limit high enough that pacing rarely waits, low enough for a quick burst. */
const MATRIX_RATE = 50;

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

let results: Outcome[][] = [];

beforeAll(async () => {
  results = await checkServers(
    FAULTS.map((fault) => ({ server: { rate: MATRIX_RATE, faults: [fault.name] } })),
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
    (r) => `${r.caught ? '✓' : '✗'} ${r.fault.padEnd(width)}  expected ${r.expected}  observed ${r.observed}`,
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
