// How fast the checker's HTTP layer sends back-to-back requests over one kept-alive connection
// (what the rate suite's burst relies on to outrun a limit), against autocannon on the same
// server with one connection and no pipelining as the anchor. The server runs in a child process
// so that neither client shares its event loop.
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client, request } from 'undici';
import { HttpClient } from '../src/http/client';
import { Redactor } from '../src/http/redactor';
import { median, round } from './stats';

const ROUNDS = 5;
const REQUESTS = 2000;
const PATH = '/api/v1/users/me';

async function startServerProcess(): Promise<{ url: string; child: ChildProcess }> {
  const child = fork(path.join(__dirname, 'serve-unlimited.ts'), [], {
    execArgv: ['-r', 'esbuild-register'],
  });
  const url = await new Promise<string>((resolve) => child.once('message', (m) => resolve(String(m))));
  return { url, child };
}

async function checkerRate(url: string): Promise<number> {
  const client = new HttpClient({ origin: url, timeoutMs: 5000, redactor: new Redactor() });
  const connection = client.oneConnection();
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++)
    await client.send({ method: 'GET', path: PATH, dispatcher: connection, paced: false });
  const seconds = (performance.now() - started) / 1000;
  await connection.close();
  await client.close();
  return REQUESTS / seconds;
}

/** undici alone on one connection: what the checker's HTTP layer adds on top of its transport. */
async function undiciRate(url: string): Promise<number> {
  const connection = new Client(url, { pipelining: 1 });
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++)
    await (await request(`${url}${PATH}`, { dispatcher: connection })).body.text();
  const seconds = (performance.now() - started) / 1000;
  await connection.close();
  return REQUESTS / seconds;
}

async function autocannonRate(url: string): Promise<number> {
  // The mean of autocannon's per-second samples over a fixed duration: its start-up stays out.
  const result = await autocannon({ url: `${url}${PATH}`, connections: 1, pipelining: 1, duration: 3 });
  return result.requests.mean;
}

async function main(): Promise<void> {
  const { url, child } = await startServerProcess();
  const ours: number[] = [];
  const transport: number[] = [];
  const anchor: number[] = [];
  await checkerRate(url); // warm-up: JIT and the connection
  await undiciRate(url);
  for (let round_ = 0; round_ < ROUNDS; round_++) {
    ours.push(await checkerRate(url));
    transport.push(await undiciRate(url));
    anchor.push(await autocannonRate(url));
  }
  child.kill();
  const oursMedian = median(ours);
  const anchorMedian = median(anchor);
  process.stdout.write(
    [
      `burst over one kept-alive connection, ${REQUESTS} requests × ${ROUNDS} rounds (medians)`,
      `  checker HttpClient:  ${Math.round(oursMedian)} req/s`,
      `  undici alone:        ${Math.round(median(transport))} req/s (ratio checker/undici ${round(oursMedian / median(transport), 2)})`,
      `  autocannon (anchor): ${Math.round(anchorMedian)} req/s (ratio checker/autocannon ${round(oursMedian / anchorMedian, 2)})`,
      '',
    ].join('\n'),
  );
}

main();
