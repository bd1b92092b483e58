// The wall time of a full conformance run through the shipped CLI (compiled: run `npm run build`
// first) against its floor, median of several runs: the reference server `serve`d in a child
// process at limits 10 and 1000 a second and round trips 0 and 100 ms; and the time of --help.
//   floor = requests / limit + one window (1 s: the recovery waits for the reset)
//           + the round trips the rate probe cannot overlap (each of its requests outside the
//             pipelined burst waits for the answer before it; the burst costs one for its first wave)
// The other suites' requests count in requests / limit only, as if they could all overlap; most
// still go one after another (a login before the request that presents its token; only sets of
// independent probes go together, where Limit is high), and the line says how many there were.
import { execFileSync } from 'node:child_process';
import { CLI, type RunOutcome, runAgainstServe } from './run-against-serve';
import { median, round } from './stats';

const ROUNDS = 3;
const WINDOW_S = 1;

/** The burst's requests, as rate.limit-enforced's note states them. */
function burstRequests(outcome: RunOutcome): number {
  const note = outcome.clauses.find((c) => c.id === 'rate.limit-enforced')?.note ?? '';
  return Number(/(\d+) burst requests sent/.exec(note)?.[1] ?? 0);
}

function floorSeconds(outcome: RunOutcome, limit: number, latencyMs: number): number {
  return outcome.requests / limit + WINDOW_S + (probeSequential(outcome) * latencyMs) / 1000;
}

/** The rate probe's own requests outside the burst, and one for the burst's first wave. */
function probeSequential(outcome: RunOutcome): number {
  return (outcome.requestsByArea.rate ?? 0) - burstRequests(outcome) + 1;
}

/** The requests of the run's other suites (and its preflight). */
function otherRequests(outcome: RunOutcome): number {
  return outcome.requests - (outcome.requestsByArea.rate ?? 0);
}

async function measure(limit: number, latencyMs: number): Promise<string> {
  const runs: RunOutcome[] = [];
  for (let i = 0; i < ROUNDS; i++)
    runs.push(await runAgainstServe(['--rate', String(limit), '--latency', String(latencyMs)]));
  const wall = median(runs.map((r) => r.seconds));
  const floor = median(runs.map((r) => floorSeconds(r, limit, latencyMs)));
  const requests = median(runs.map((r) => r.requests));
  const others = median(runs.map(otherRequests));
  const exits = [...new Set(runs.map((r) => r.exit))].join('/');
  return `  ${`${limit}/s, ${latencyMs} ms`.padEnd(16)} ${round(wall, 2)} s, floor ${round(floor, 2)} s, ratio ${round(wall / floor, 2)}, ${requests} requests (${others} outside the rate suite), exit ${exits}`;
}

function helpTime(): string {
  const times = Array.from({ length: 10 }, () => {
    const started = performance.now();
    execFileSync(process.execPath, [CLI, '--help'], { stdio: 'ignore' });
    return performance.now() - started;
  });
  return `  ${'--help'.padEnd(16)} ${Math.round(median(times))} ms`;
}

async function main(): Promise<void> {
  const lines = [`full runs against serve (limit, round trip), median of ${ROUNDS}`];
  for (const limit of [10, 1000]) for (const latency of [0, 100]) lines.push(await measure(limit, latency));
  lines.push(helpTime());
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
