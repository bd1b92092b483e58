import { loadCatalogue } from '../../src/catalogue/load-catalogue';
import type { Contract } from '../../src/contract/contract';
import type { Outcome } from '../../src/model/outcome';
import { type ServerOptions, startServer } from '../../src/server';
import { RATE_JUDGES } from '../../suites/checks/rate';
import { runProbe } from '../../suites/checks/rate/probe';
import { type Check, evaluateClause } from '../../suites/support/evaluate-clause';
import type { SuiteContext } from '../../suites/support/suite-context';
import { VirtualClock, virtualClockIo } from './virtual-clock-io';

/** Where the virtual clock starts: a whole second, as a server's clock may read at any time. */
const START_MS = Date.UTC(2025, 0, 1, 12, 0, 0);

/**
 * The rate clauses of the reference server (started with `server`, its clock virtual), judged as a
 * conformance run judges them: the real probe, the real judges, and the harness's own status
 * policy (evaluateClause). Only the rate area: the other suites do not depend on time, and run
 * against the real server process.
 */
export async function checkRateOnVirtualClock(
  server: Partial<ServerOptions>,
  roundTripMs: number,
  contract: Contract,
): Promise<Outcome[]> {
  const clock = new VirtualClock(START_MS);
  const running = await startServer({ ...server, latencyMs: 0, jitterMs: 0, clock, port: 0 });
  const io = virtualClockIo(running.url, contract, clock, roundTripMs);
  try {
    const trace = await runProbe(io);
    // The one status policy of a conformance run, fed each rate judge as the clause's check; it
    // reads only the context's `safe` setting, and a matrix run is never --safe.
    const context = { config: { safe: false } } as unknown as SuiteContext;
    return await Promise.all(
      rateClauses().map((clause) => {
        const judge = RATE_JUDGES[clause.id];
        const check: Check | undefined =
          judge && (async (findings) => judge(trace, findings, { contract, strict: {} }));
        return evaluateClause(clause, check, context);
      }),
    );
  } finally {
    await io.close();
    await running.close();
  }
}

function rateClauses() {
  return loadCatalogue().clauses.filter((c) => c.id.startsWith('rate.'));
}
