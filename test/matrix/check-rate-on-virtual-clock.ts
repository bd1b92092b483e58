import { loadCatalogue } from '../../src/catalogue/load-catalogue';
import type { Contract } from '../../src/contract/contract';
import { TransportError } from '../../src/http/client';
import { type Outcome, outcomeOf } from '../../src/model/outcome';
import { type Status, statusForViolation } from '../../src/model/status';
import { type ServerOptions, startServer } from '../../src/server';
import { RATE_JUDGES } from '../../suites/checks/rate';
import { runProbe } from '../../suites/checks/rate/probe';
import { Findings } from '../../suites/support/findings';
import { CannotDecide, NotApplicable, NothingObserved } from '../../suites/support/not-applicable';
import { VirtualClock, virtualClockIo } from './virtual-clock-io';

/** Where the virtual clock starts: a whole second, as a server's clock may read at any time. */
const START_MS = Date.UTC(2025, 0, 1, 12, 0, 0);

/**
 * The rate clauses of the reference server (started with `server`, its clock virtual), judged as a
 * conformance run judges them: the real probe and the real judges, the outcome of each clause
 * made the way the suite harness makes it. Only the rate area: the other suites do not depend on
 * time, and run against the real server process.
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
    return rateClauses().map((clause) => {
      const findings = new Findings();
      const judge = RATE_JUDGES[clause.id];
      const [status, note] = ((): [Status, string | undefined] => {
        if (!judge) return ['error', `no judge for ${clause.id}`];
        try {
          judge(trace, findings, { contract, strict: {} });
        } catch (error) {
          const said = (error as Error).message;
          if (error instanceof NotApplicable) return ['skip', said];
          if (error instanceof NothingObserved) return ['info', said];
          if (error instanceof CannotDecide || error instanceof TransportError) return ['error', said];
          throw error;
        }
        if (clause.observation) return ['info', findings.noteText];
        return [
          findings.violations.length > 0 ? statusForViolation(clause.level) : 'pass',
          findings.noteText,
        ];
      })();
      return outcomeOf(clause, status, { note, violations: findings.violations });
    });
  } finally {
    await io.close();
    await running.close();
  }
}

function rateClauses() {
  return loadCatalogue().clauses.filter((c) => c.id.startsWith('rate.'));
}
