import net from 'node:net';
import { Client } from 'undici';
import { type RunningServer, startServer } from '../../src/server';

// How the reference server treats connections: one request each without pipelining (as a proxy
// that does not pipeline), and an allowance per connection with --limit-per connection.

let server: RunningServer;
afterEach(async () => {
  await server?.close();
});

/** Writes `count` GET /users/me pipelined on one raw socket and reads until the server closes it. */
function pipelinedOnOneSocket(url: string, count: number): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.write(`GET /api/v1/users/me HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`.repeat(count));
  });
}

test('without pipelining: the first request is answered with Connection: close, the rest of the pipeline never', async () => {
  server = await startServer({ port: 0, pipelining: false, rate: 2 });
  const received = await pipelinedOnOneSocket(server.url, 3);
  expect(received.match(/^HTTP\/1\.1 /gm)).toHaveLength(1);
  expect(received).toMatch(/\r\nConnection: close\r\n/i);
  // The requests never read spent no allowance: the next connection is still let through.
  const again = await pipelinedOnOneSocket(server.url, 1);
  expect(again).toMatch(/^HTTP\/1\.1 401 /);
});

test('with pipelining (the default): every request of the pipeline is answered on one kept-alive socket', async () => {
  server = await startServer({ port: 0 });
  const client = new Client(server.url, { pipelining: 3 });
  try {
    const answers = await Promise.all(
      [1, 2, 3].map(async () => {
        const response = await client.request({ method: 'GET', path: '/api/v1/users/me', blocking: false });
        await response.body.dump();
        return response.headers.connection;
      }),
    );
    expect(answers).toEqual(['keep-alive', 'keep-alive', 'keep-alive']);
  } finally {
    await client.close();
  }
});

test('--limit-per connection: each connection has an allowance of its own', async () => {
  server = await startServer({ port: 0, rate: 2, limitPer: 'connection' });
  const connections = [new Client(server.url), new Client(server.url)];
  try {
    const statuses: number[] = [];
    for (const connection of connections) {
      for (let i = 0; i < 3; i++) {
        const response = await connection.request({ method: 'GET', path: '/api/v1/users/me' });
        await response.body.dump();
        statuses.push(response.statusCode);
      }
    }
    expect(statuses).toEqual([401, 401, 429, 401, 401, 429]);
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
});
