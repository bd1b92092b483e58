import http from 'node:http';
import { Client, request } from 'undici';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';
import { CURL_EXAMPLE_BODY } from './support/demo-login';

let server: RunningServer;
afterEach(async () => {
  await server?.close();
});

test('listens on 127.0.0.1 on a free port and answers the documented login', async () => {
  server = await startServer({ port: 0, rate: 1000 });
  expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  const response = await request(`${server.url}/api/v1/users/login`, {
    method: 'POST',
    body: CURL_EXAMPLE_BODY,
  });
  expect(response.statusCode).toBe(200);
  expect(((await response.body.json()) as { email: string }).email).toBe(DEMO_ACCOUNT.email);
});

test('several connections of one client share one allowance', async () => {
  server = await startServer({ port: 0, rate: 3 });
  const connections = [
    new Client(server.url),
    new Client(server.url),
    new Client(server.url),
    new Client(server.url),
  ];
  try {
    const statuses: number[] = [];
    for (const connection of connections) {
      const response = await connection.request({ method: 'GET', path: '/api/v1/users/me' });
      await response.body.dump();
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
});

test('close() ends the server even with a kept-alive connection open', async () => {
  server = await startServer({ port: 0 });
  const connection = new Client(server.url);
  await (await connection.request({ method: 'GET', path: '/api/v1/users/me' })).body.dump();
  await server.close();
  await expect(request(`${server.url}/api/v1/users/me`)).rejects.toThrow();
  await connection.close();
});

test("header names go out in the document's spelling", async () => {
  server = await startServer({ port: 0 });
  const rawHeaders = await new Promise<string[]>((resolve, reject) => {
    const outgoing = http.request(`${server.url}/api/v1/users/login`, { method: 'POST' }, (incoming) => {
      incoming.resume();
      resolve(incoming.rawHeaders);
    });
    outgoing.on('error', reject);
    outgoing.end(CURL_EXAMPLE_BODY);
  });
  const names = rawHeaders.filter((_, index) => index % 2 === 0);
  expect(names).toEqual(
    expect.arrayContaining([
      'Token',
      'Set-Cookie',
      'X-Ratelimit-Limit',
      'X-Ratelimit-Remaining',
      'X-Ratelimit-Reset',
    ]),
  );
  expect(names).toEqual(expect.arrayContaining(['X-Request-Id', 'X-Version-Id', 'Date', 'Content-Type']));
});
