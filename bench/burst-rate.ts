// How fast the checker's HTTP layer sends requests over one kept-alive connection (what the rate
// suite's burst relies on to outrun a limit), without pipelining and with the burst's pipelining,
// against autocannon on the same server with the same connection and pipelining factor as the
// anchor. The server runs in a child process so that neither client shares its event loop.
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client, request } from 'undici';
import { HttpClient } from '../src/http/client';
import { Redactor } from '../src/http/redactor';
import { median, round } from './stats';

const ROUNDS = 3;
const REQUESTS = 2000;
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
  const client = new HttpClient({ origin: url, timeoutMs: 5000, redactor: new Redactor() });
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

async function autocannonRate(url: string, pipelining: number): Promise<number> {
  // The mean of autocannon's per-second samples over a fixed duration: its start-up stays out.
  const result = await autocannon({ url: `${url}${PATH}`, connections: 1, pipelining, duration: 3 });
  return result.requests.mean;
}

async function main(): Promise<void> {
  const { url, child } = await startServerProcess();
  const lines = [`burst over one kept-alive connection, ${REQUESTS} requests × ${ROUNDS} rounds (medians)`];
  for (const pipelining of PIPELINING) {
    const ours: number[] = [];
    const transport: number[] = [];
    const anchor: number[] = [];
    await checkerRate(url, pipelining); // warm-up: JIT and the connection
    await undiciRate(url, pipelining);
    for (let round_ = 0; round_ < ROUNDS; round_++) {
      ours.push(await checkerRate(url, pipelining));
      transport.push(await undiciRate(url, pipelining));
      anchor.push(await autocannonRate(url, pipelining));
    }
    const oursMedian = median(ours);
    const anchorMedian = median(anchor);
    lines.push(
      `  pipelining ${pipelining}:`,
      `    checker HttpClient:  ${Math.round(oursMedian)} req/s`,
      `    undici alone:        ${Math.round(median(transport))} req/s (ratio checker/undici ${round(oursMedian / median(transport), 2)})`,
      `    autocannon (anchor): ${Math.round(anchorMedian)} req/s (ratio checker/autocannon ${round(oursMedian / anchorMedian, 2)})`,
    );
  }
  child.kill();
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
