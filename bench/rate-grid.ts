// The rate suite across a simulated network: the compiled CLI against `serve` in a child process,
// for each server variant × round trip × limit (and each rate fault × round trip), one run each.
// Prints one row per run: exit code, every rate clause's status, wall time, requests.
// Usage: node -r esbuild-register bench/rate-grid.ts [clean [LIMITER...] | faults NAME...] (build first).
import { runAgainstServe } from './run-against-serve';

interface Row {
  name: string;
  serve: string[];
}

/** Every clean row, or those of the limiters named (to run the grid as halves side by side). */
function cleanRows(limiters: string[]): Row[] {
  const rows: Row[] = [];
  for (const limiter of limiters.length > 0 ? limiters : ['fixed-window', 'token-bucket'])
    for (const form of ['seconds-left', 'epoch'])
      for (const latency of [0, 50, 100, 300])
        for (const rate of [1, 10, 1000])
          rows.push({
            name: `${limiter} ${form} ${latency} ms ${rate}/s`,
            serve: [
              '--limiter',
              limiter,
              '--reset-form',
              form,
              '--latency',
              String(latency),
              '--rate',
              String(rate),
            ],
          });
  return rows;
}

/** Each fault at 10 requests a second, round trips 0 and 100 ms; `limiters` for those named in `both`. */
function faultRows(faults: string[], both: string[]): Row[] {
  return faults.flatMap((fault) =>
    [0, 100].flatMap((latency) =>
      (both.includes(fault) ? ['fixed-window', 'token-bucket'] : ['fixed-window']).map((limiter) => ({
        name: `${fault} ${limiter} ${latency} ms`,
        serve: ['--fault', fault, '--limiter', limiter, '--latency', String(latency), '--rate', '10'],
      })),
    ),
  );
}

async function main() {
  const which = process.argv[2] ?? 'clean';
  const named = process.argv.slice(3);
  const rows = which === 'clean' ? cleanRows(named) : faultRows(named, ['limit-one-over']);
  process.stdout.write(
    '| run | exit | wall | requests | rate clauses not passing |\n|---|---|---|---|---|\n',
  );
  for (const row of rows) {
    const o = await runAgainstServe(row.serve);
    process.stdout.write(
      `| ${row.name} | ${o.exit} | ${o.seconds.toFixed(1)} s | ${o.requests} | ${o.rate.join(', ') || '—'} |\n`,
    );
  }
}

main().catch((error) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(2);
});
