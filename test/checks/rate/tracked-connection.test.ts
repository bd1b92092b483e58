import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, request } from 'undici';
import { TrackedConnection } from '../../../suites/checks/rate/tracked-connection';

// Each response says which socket carried it: a limiter keyed by address and port sees a new one fresh.

let server: http.Server;
let origin: string;

beforeAll(async () => {
  server = http.createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function get(connection: TrackedConnection): Promise<string> {
  const response = await request(`${origin}/`, { dispatcher: connection.dispatcher });
  await response.body.text();
  return connection.id;
}

test('requests on one kept-alive connection share its socket; a reconnect is a new one', async () => {
  const connection = new TrackedConnection('burst', new Client(origin));
  try {
    expect([await get(connection), await get(connection)]).toEqual(['burst#1', 'burst#1']);
    server.closeIdleConnections();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await get(connection)).toBe('burst#2');
  } finally {
    await connection.close();
  }
});
