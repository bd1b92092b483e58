// Runs in a child process of the matrix tests: starts the reference server in-process once per
// entry, runs every suite against it (or, on a virtual clock, the rate probe and judges), and
// writes the outcomes as JSON to the file named by argv[3].
// A process of its own keeps the nested jest run out of the outer jest's module registry.
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import { reachTarget } from '../../src/cli/reachability';
import type { Contract } from '../../src/contract/contract';
import { loadContract } from '../../src/contract/load-contract';
import { HttpClient } from '../../src/http/client';
import { Redactor } from '../../src/http/redactor';
import type { Outcome } from '../../src/model/outcome';
import { Pacer } from '../../src/ratelimit/pacer';
import { runSuites } from '../../src/runner/run-suites';
import { DEMO_ACCOUNT, startServer } from '../../src/server';
import { checkRateOnVirtualClock } from '../matrix/check-rate-on-virtual-clock';
import type { ServerCheck } from './check-servers';

const contracts = new Map<string, Contract>();

async function contractOf(specPath = DEFAULT_SPEC_PATH): Promise<Contract> {
  let contract = contracts.get(specPath);
  if (!contract) {
    contract = await loadContract(specPath);
    contracts.set(specPath, contract);
  }
  return contract;
}

/** A pacer that has read one answer of the server: the CLI's reachability check's. */
async function pacerAfterPreflight(url: string, contract: Contract): Promise<Pacer> {
  const pacer = new Pacer(contract.headers);
  const client = new HttpClient({
    origin: new URL(url).origin,
    timeoutMs: 5000,
    redactor: new Redactor(),
    pacer,
  });
  try {
    await reachTarget(client, url, contract.me.path);
  } finally {
    await client.close();
  }
  return pacer;
}

async function checkServer(check: ServerCheck): Promise<Outcome[]> {
  if (check.clock === 'virtual')
    return checkRateOnVirtualClock(check.server, check.roundTripMs ?? 0, await contractOf(check.specPath));
  const { server: options, specPath, only } = check;
  const latencyMs = check.roundTripMs ?? options.latencyMs;
  const server = await startServer({
    ...options,
    ...(latencyMs === undefined ? {} : { latencyMs }),
    port: 0,
  });
  try {
    const pacer = check.preflight
      ? await pacerAfterPreflight(server.url, await contractOf(specPath))
      : undefined;
    const { outcomes } = await runSuites(
      {
        target: server.url,
        team: DEMO_ACCOUNT.team,
        email: DEMO_ACCOUNT.email,
        specPath: specPath ?? DEFAULT_SPEC_PATH,
        safe: false,
        strict: {},
        timeoutMs: 5000,
        insecure: false,
        only: only ?? [],
      },
      DEMO_ACCOUNT.password,
      [],
      pacer,
    );
    return outcomes;
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const [, , inputPath, outputPath] = process.argv as [string, string, string, string];
  const checks = JSON.parse(readFileSync(inputPath, 'utf8')) as ServerCheck[];
  const results: Outcome[][] = [];
  for (const check of checks) results.push(await checkServer(check));
  writeFileSync(outputPath, JSON.stringify(results));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
