import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient, MAX_BODY_BYTES, TransportError } from '../../src/http/client';
import { Redactor } from '../../src/http/redactor';

let server: http.Server;
let origin: string;
let client: HttpClient;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/redirect') {
      res.writeHead(302, { location: 'http://example.invalid/' }).end();
    } else if (req.url === '/hang') {
      // never answers
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(MAX_BODY_BYTES * 2));
    } else {
      res.writeHead(200, { 'content-type': 'application/json', token: 'secret-token' }).end('{"ok":true}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const redactor = new Redactor();
  redactor.add('secret-token', 'MM_TOKEN');
  client = new HttpClient({ origin, timeoutMs: 300, redactor });
});

afterAll(async () => {
  await client.close();
  server.closeAllConnections();
  server.close();
});

test('parses JSON once and keeps a redacted exchange', async () => {
  const response = await client.send({ method: 'GET', path: '/' });
  expect(response.json()).toEqual({ ok: true });
  expect(response.header('Token')).toBe('secret-token');
  expect(response.exchange.response?.headers.token).toBe('$MM_TOKEN');
  expect(client.requestsSent).toBe(1);
});

test('never follows a redirect', async () => {
  const response = await client.send({ method: 'GET', path: '/redirect' });
  expect(response.status).toBe(302);
});

test('cuts a body at the cap and says so', async () => {
  const response = await client.send({ method: 'GET', path: '/huge' });
  expect(response.truncated).toBe(true);
  expect(response.text.length).toBe(MAX_BODY_BYTES);
});

test('a hung server ends in a transport error that says why', async () => {
  await expect(client.send({ method: 'GET', path: '/hang' })).rejects.toThrow(/no answer within 0.3 s/);
});

test('a refused connection is a transport error with its exchange', async () => {
  const refused = new HttpClient({ origin: 'http://127.0.0.1:1', timeoutMs: 1000, redactor: new Redactor() });
  const error = await refused.send({ method: 'GET', path: '/' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  expect((error as TransportError).message).toMatch(/connection refused/);
  expect((error as TransportError).exchange.transportError).toBe('connection refused');
  await refused.close();
});
