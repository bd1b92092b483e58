// How fast the checker's HTTP layer sends requests over one kept-alive connection (what the rate
// suite's burst relies on to outrun a limit), without pipelining and with the burst's pipelining,
// against autocannon on the same server with the same connection and pipelining factor as the
// anchor. The server runs in a child process so that neither client shares its event loop.
import { type ChildProcess, fork } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client, request } from 'undici';
import { HttpClient } from '../src/http/client';
import { Redactor } from '../src/http/redactor';
import { median, round } from './stats';

const ROUNDS = 3;
/** Each client sends as many on a fresh connection, timed from its start to the last answer. */
const REQUESTS = 10_000;
const PATH = '/api/v1/users/me';

async function startServerProcess(): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(path.join(__dirname, 'serve-unlimited.ts'), [], {
    execArgv: ['-r', 'esbuild-register'],
  });
  const url = await new Promise<string>((resolve) => child.once('message', (m) => resolve(String(m))));
  return { url, child };
}

/** Requests kept in flight on the one connection: one at a time, and pipelined as the burst does. */
const PIPELINING = [1, 10];

async function checkerRate(url: string, pipelining: number): Promise<number> {
  // The secrets a run's redactor knows by the burst: the password and the session's token.
  const redactor = new Redactor();
  redactor.add('bench-password', 'MM_PASSWORD');
  redactor.add('hyr5dmb1mbb49c44qmx4whniso', 'MM_TOKEN');
  const client = new HttpClient({ origin: url, timeoutMs: 5000, redactor });
  const connection = client.oneConnection(pipelining);
  const started = performance.now();
  let sent = 0;
  const worker = async () => {
    while (sent < REQUESTS) {
      sent++;
      await client.send({ method: 'GET', path: PATH, dispatcher: connection, paced: false });
    }
  };
  await Promise.all(Array.from({ length: pipelining }, worker));
  const seconds = (performance.now() - started) / 1000;
  await connection.close();
  await client.close();
  return REQUESTS / seconds;
}

/** undici alone on one connection: what the checker's HTTP layer adds on top of its transport. */
async function undiciRate(url: string, pipelining: number): Promise<number> {
  const connection = new Client(url, { pipelining });
  const started = performance.now();
  let sent = 0;
  const worker = async () => {
    while (sent < REQUESTS) {
      sent++;
      await (await request(`${url}${PATH}`, { dispatcher: connection, blocking: false })).body.text();
    }
  };
  await Promise.all(Array.from({ length: pipelining }, worker));
  const seconds = (performance.now() - started) / 1000;
  await connection.close();
  return REQUESTS / seconds;
}

/**
 * autocannon on one connection, timed as the others are: from the call to its last answer, on a
 * fresh connection. (Its own result only comes at its next one-second tick; and pipelined, it
 * stops a few requests short of `amount`, so its answers are counted.)
 */
async function autocannonRate(url: string, pipelining: number): Promise<number> {
  let answered = 0;
  let finished = 0;
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      { url: `${url}${PATH}`, connections: 1, pipelining, amount: REQUESTS },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on('response', () => {
      answered++;
      finished = performance.now();
    });
  });
  if (answered < REQUESTS * 0.99) throw new Error(`autocannon answered ${answered} of ${REQUESTS} requests`);
  return answered / ((finished - started) / 1000);
}

/** autocannon's own figure as it reports it: the mean of its per-second samples over 3 s. */
async function autocannonSteadyRate(url: string, pipelining: number): Promise<number> {
  const result = await autocannon({ url: `${url}${PATH}`, connections: 1, pipelining, duration: 3 });
  return result.requests.mean;
}

async function main(): Promise<void> {
  const { url, child } = await startServerProcess();
  const lines = [
    `burst over one kept-alive connection, ${REQUESTS} requests × ${ROUNDS} rounds after a warm-up (medians)`,
  ];
  for (const pipelining of PIPELINING) {
    const ours: number[] = [];
    const transport: number[] = [];
    const anchor: number[] = [];
    const steady: number[] = [];
    // Warm-up of all three (they share this process, so JIT and the server's too), then rounds in turn.
    await checkerRate(url, pipelining);
    await undiciRate(url, pipelining);
    await autocannonRate(url, pipelining);
    for (let round_ = 0; round_ < ROUNDS; round_++) {
      ours.push(await checkerRate(url, pipelining));
      transport.push(await undiciRate(url, pipelining));
      anchor.push(await autocannonRate(url, pipelining));
      steady.push(await autocannonSteadyRate(url, pipelining));
    }
    const oursMedian = median(ours);
    const anchorMedian = median(anchor);
    const steadyMedian = median(steady);
    lines.push(
      `  pipelining ${pipelining}:`,
      `    checker HttpClient:  ${Math.round(oursMedian)} req/s`,
      `    undici alone:        ${Math.round(median(transport))} req/s (ratio checker/undici ${round(oursMedian / median(transport), 2)})`,
      `    autocannon (anchor): ${Math.round(anchorMedian)} req/s (ratio checker/autocannon ${round(oursMedian / anchorMedian, 2)})`,
      `    autocannon, its 3 s per-second mean: ${Math.round(steadyMedian)} req/s (ratio checker/that ${round(oursMedian / steadyMedian, 2)})`,
    );
  }
  lines.push(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  child.kill();
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
