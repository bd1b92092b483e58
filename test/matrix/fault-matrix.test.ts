import type { Outcome } from '../../src/model/outcome';
import { isSelected } from '../../src/runner/run-config';
import { FAULTS } from '../../src/server/faults';
import { checkServers, notPassing } from '../support/check-servers';
import { fullCatalogue } from '../support/full-catalogue';
import { MAY_OBSERVE_NOTHING, unexpected } from './expected-outcomes';
import { cleanRealRuns, connectionRuns, faultRealRuns, type MatrixRun, virtualRuns } from './matrix-plan';
import { faultsByClause, type RunResult, scoreReport } from './score';

// The fault matrix. Precision first: the clean server keeps the document in every variant, so
// nothing fails, warns or errs. Then recall: each fault, turned on alone, ends every clause exactly
// as it declares — its `breaks` and `collateral` broken, its `skips` skipped, every other clause
// passing — in every variant it applies to. What depends on time (the rate clauses under a fault)
// is judged on a virtual clock, a rate fault in all eight readings of the document; the rest in
// real time. On a shared machine a real-time burst measures the load as much as the server.
// Phases run one after the other (describe blocks run in order), so that the timing-sensitive
// clean runs never share the cores.

const clauses = fullCatalogue().clauses;
const rateClauses = clauses.filter((c) => c.id.startsWith('rate.'));

/** Most of a run is waiting (for a window to reset, a Reset moment to come): two runs share the cores well. */
const PROCESSES = 2;

function judged(run: MatrixRun) {
  return run.check.clock === 'virtual'
    ? rateClauses
    : clauses.filter((c) => isSelected(c.id, run.check.only ?? []));
}

async function runAll(runs: MatrixRun[], processes: number): Promise<RunResult[]> {
  const outcomes: Outcome[][] = await checkServers(
    runs.map((r) => r.check),
    processes,
  );
  return runs.map((run, i) => {
    const got = outcomes[i] ?? [];
    return { run, outcomes: got, unexpected: unexpected(judged(run), got, run.fault, run.skips) };
  });
}

const results: RunResult[] = [];
const startedAt = Date.now();
const phases: string[] = [];

/** Runs one phase of the matrix and notes how long it took, for the summary. */
async function phase(name: string, runs: MatrixRun[], processes: number): Promise<RunResult[]> {
  const started = Date.now();
  const done = await runAll(runs, processes);
  results.push(...done);
  phases.push(`${name}: ${runs.length} runs in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return done;
}

describe('the clean server, in real time, in every variant', () => {
  const runs = cleanRealRuns();
  let clean: RunResult[] = [];

  beforeAll(async () => {
    // One run at a time: the 1000/s variants need the cores to outrun their limit.
    clean = await phase('clean, real time', runs, 1);
    const lines = clean.map(
      (r) =>
        `  ${r.unexpected.length === 0 ? '✓' : '✗'} ${r.run.variant.name}${r.unexpected.length ? `: ${r.unexpected.join('; ')}` : ''}`,
    );
    process.stdout.write(
      `\nClean variants, real time (no fail, warn, skip or error):\n${lines.join('\n')}\n`,
    );
  }, 900_000);

  test.each(runs.map((r, i) => [r.variant.name, i] as const))(
    '%s: every clause passes (observations: info)',
    (_name, i) => {
      const result = clean[i];
      expect(result?.outcomes.length).toBe(clauses.length);
      expect(result?.unexpected).toEqual([]);
    },
  );
});

describe('each fault alone, in real time', () => {
  const runs = faultRealRuns();
  let real: RunResult[] = [];

  beforeAll(async () => {
    real = await phase('faults, real time, api/auth/errors', runs, PROCESSES);
  }, 900_000);

  test.each(runs.map((r, i) => [r.fault?.name, judged(r).length, i] as const))(
    '%s: each of the %i clauses judged ends exactly as declared',
    (_name, count, i) => {
      expect(real[i]?.outcomes.length).toBe(count);
      expect(real[i]?.unexpected).toEqual([]);
    },
  );
});

describe('the rate clauses on a virtual clock, in every reading', () => {
  const runs = virtualRuns();
  let virtual: RunResult[] = [];

  beforeAll(async () => {
    virtual = await phase('rate clauses, virtual clock', runs, PROCESSES);
  }, 900_000);

  test.each(runs.map((r, i) => [r.fault?.name ?? 'the clean server', r.variant.name, i] as const))(
    '%s, %s: each rate clause ends exactly as declared',
    (_name, _variant, i) => {
      expect(virtual[i]?.outcomes.length).toBe(rateClauses.length);
      expect(virtual[i]?.unexpected).toEqual([]);
    },
  );
});

describe('the rate clauses against a server that does not pipeline or keys by connection, in real time', () => {
  const runs = connectionRuns();
  let results: RunResult[] = [];

  beforeAll(async () => {
    // One run at a time: the pool must outrun the limit across a real round trip.
    results = await phase('rate clauses, connection variants, real time', runs, 1);
  }, 900_000);

  test.each(runs.map((r, i) => [r.fault?.name ?? 'the clean server', r.variant.name, i] as const))(
    '%s, %s: each rate clause ends exactly as declared, none undecided',
    (_name, _variant, i) => {
      expect(results[i]?.outcomes.length).toBe(rateClauses.length);
      expect(results[i]?.unexpected).toEqual([]);
      expect(results[i]?.outcomes.filter((o) => o.status === 'error').map((o) => o.id)).toEqual([]);
    },
  );
});

describe('the score', () => {
  beforeAll(() => {
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
    process.stdout.write(
      `\n${scoreReport(clauses, FAULTS, results)}\n${phases.join('\n')}\nmatrix: ${results.length} runs in ${seconds} s\n`,
    );
  });

  test('every declared collateral and skip is observed in at least one run of its fault', () => {
    const unobserved = FAULTS.flatMap((fault) =>
      [...(fault.collateral ?? []), ...(fault.skips ?? [])]
        .filter(
          (id) =>
            !results.some(
              (r) => r.run.fault === fault && notPassing(r.outcomes).some((s) => s.startsWith(`${id}:`)),
            ),
        )
        .map((id) => `${fault.name}: ${id}`),
    );
    expect(unobserved).toEqual([]);
  });

  test('a clause licensed to observe nothing still passes, on evidence, against some clean server', () => {
    // The licence covers a reading of the document that leaves nothing to observe; it must not hide
    // a clause that never observes anything at all.
    const cleanRuns = results.filter((r) => r.run.fault === undefined);
    const neverPassed = [...MAY_OBSERVE_NOTHING].filter(
      (id) => !cleanRuns.some((r) => r.outcomes.some((o) => o.id === id && o.status === 'pass')),
    );
    expect(neverPassed).toEqual([]);
  });

  test('every clause that can fail is shown to fail by a fault of its own', () => {
    const byClause = faultsByClause(clauses, FAULTS, results);
    expect([...byClause].filter(([, faults]) => faults.length === 0).map(([id]) => id)).toEqual([]);
  });
});
