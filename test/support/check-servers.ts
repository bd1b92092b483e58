import path from 'node:path';
import type { Outcome } from '../../src/model/outcome';
import type { ServerOptions } from '../../src/server';
import { runChildScript } from './child-script';

/** One run: the reference server with these options, checked under this spec and selection. */
export interface ServerCheck {
  server: Partial<ServerOptions>;
  specPath?: string;
  only?: string[];
  /**
   * `real` (the default): every selected suite, in real time, the round trip the server's own
   * `latencyMs`. `virtual`: the rate clauses only, the server's clock virtual and the round trip a
   * step of it (test/matrix/check-rate-on-virtual-clock.ts).
   */
  clock?: 'real' | 'virtual';
  /** The network round trip between checker and server (ms); 0 by default. */
  roundTripMs?: number;
  /**
   * Real time only: the suites' pacer starts from one answer of the server, as the CLI's checks
   * before the suites leave it (the allowance known, the areas before the rate suite may run side
   * by side). Otherwise it starts knowing nothing.
   */
  preflight?: boolean;
}

/**
 * Runs each check (the reference server started in-process with its options, the suites run
 * against it) in `processes` child processes side by side, each taking every n-th check in turn,
 * and returns the outcomes of each check in the order given.
 */
export async function checkServers(checks: ServerCheck[], processes = 1): Promise<Outcome[][]> {
  const shares = Array.from({ length: processes }, (_, p) => checks.filter((_, i) => i % processes === p));
  const results = await Promise.all(shares.map((share) => checkInOneProcess(share)));
  return checks.map((_, i) => results[i % processes]?.[Math.floor(i / processes)] ?? []);
}

async function checkInOneProcess(checks: ServerCheck[]): Promise<Outcome[][]> {
  if (checks.length === 0) return [];
  return runChildScript<Outcome[][]>(path.join(__dirname, 'check-servers-child.ts'), checks);
}

/** The outcomes that are not a plain pass, as `id:status`, for tables and messages. */
export function notPassing(outcomes: Outcome[]): string[] {
  return outcomes.filter((o) => o.status !== 'pass').map((o) => `${o.id}:${o.status}`);
}
