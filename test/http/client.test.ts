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
    } else if (req.url === '/cut') {
      // promises 100 bytes, sends 10, then closes the connection
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100' });
      res.write('0123456789', () => res.destroy());
    } else if (req.url === '/drip') {
      // a byte now and then, each well within the timeout, the whole never
      res.writeHead(200, { 'content-type': 'text/plain' });
      const drip = setInterval(() => res.write('.'), 50);
      res.on('close', () => clearInterval(drip));
    } else if (req.url === '/hints') {
      res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('after the hints');
    } else if (req.url?.startsWith('/echo')) {
      res.writeHead(200, { 'content-type': 'text/plain', 'x-echo': req.headers['x-key'] ?? '' });
      res.end(`you sent ${req.headers['x-key']}`);
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

test('a body that never ends, however often a piece of it comes, ends in a transport error', async () => {
  await expect(client.send({ method: 'GET', path: '/drip' })).rejects.toThrow(/no answer within 0.3 s/);
});

test('a refused connection is a transport error with its exchange', async () => {
  const refused = new HttpClient({ origin: 'http://127.0.0.1:1', timeoutMs: 1000, redactor: new Redactor() });
  const error = await refused.send({ method: 'GET', path: '/' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  expect((error as TransportError).message).toMatch(/connection refused/);
  expect((error as TransportError).exchange.transportError).toBe('connection refused');
  await refused.close();
});

test('a body cut short by the server closing the connection is an answer, and says so', async () => {
  const response = await client.send({ method: 'GET', path: '/cut' });
  expect(response.status).toBe(200);
  expect(response.text).toBe('0123456789');
  expect(response.truncated).toBe(true);
  expect(response.overCap).toBe(false);
  expect(response.exchange.response?.bodyTruncated).toBe(true);
});

test('an interim 103 answer is passed over for the response after it', async () => {
  const response = await client.send({ method: 'GET', path: '/hints' });
  expect(response.status).toBe(200);
  expect(response.text).toBe('after the hints');
});

test('a secret learned after the send is still redacted from the record, wherever it is read', async () => {
  const redactor = new Redactor();
  const learning = new HttpClient({ origin, timeoutMs: 1000, redactor });
  const response = await learning.send({
    method: 'GET',
    path: '/echo?key=k3y-learned-later',
    headers: { 'x-key': 'k3y-learned-later' },
  });
  expect(response.text).toBe('you sent k3y-learned-later');
  redactor.add('k3y-learned-later', 'MM_TOKEN');
  const { exchange } = response;
  for (const text of [
    JSON.stringify(exchange),
    JSON.stringify({ ...exchange }),
    JSON.stringify(structuredClone(exchange)),
  ]) {
    expect(text).not.toContain('k3y-learned-later');
    expect(text).toContain('$MM_TOKEN');
  }
  expect(exchange.curl).toBe(`curl -i -H 'x-key: '"$MM_TOKEN" ${`'${origin}/echo?key='"$MM_TOKEN"`}`);
  expect(exchange.response?.headers['x-echo']).toBe('$MM_TOKEN');
  expect(exchange.response?.body).toBe('you sent $MM_TOKEN');
  await learning.close();
});

test('every exchange is kept in the transcript, in the order sent, pipelined or not', async () => {
  const pipelined = new HttpClient({ origin, timeoutMs: 1000, redactor: new Redactor() });
  const connection = pipelined.oneConnection(4);
  const paths = ['/', '/echo', '/redirect', '/', '/cut'];
  const answers = await Promise.all(
    paths.map((path) => pipelined.send({ method: 'GET', path, dispatcher: connection, paced: false })),
  );
  expect(answers.map((a) => a.status)).toEqual([200, 200, 302, 200, 200]);
  expect(pipelined.transcript.map((e) => new URL(e.request.url).pathname)).toEqual(paths);
  expect(pipelined.requestsSent).toBe(paths.length);
  await connection.close();
  await pipelined.close();
});
