import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';
import { runCli, stderrLines } from '../cli/run-cli';
import {
  endlessBody,
  type LoopbackServer,
  proxyErrorPage,
  referenceExcept,
  serve,
} from './support/hostile-targets';

// Targets that are not what the user meant, or that answer with hostile bytes: each run says what
// happened in the one line the user reads, instead of a list of MUST failures.
jest.setTimeout(120_000);

const ACCOUNT = {
  MM_TEAM: DEMO_ACCOUNT.team,
  MM_EMAIL: DEMO_ACCOUNT.email,
  MM_PASSWORD: DEMO_ACCOUNT.password,
};
const reportDir = () => mkdtempSync(path.join(os.tmpdir(), 'mmc-diagnoses-'));

let servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function started(server: Promise<LoopbackServer>): Promise<LoopbackServer> {
  const s = await server;
  servers.push(s);
  return s;
}

/** A run that cannot be done: exit 2, exactly this one error line, no stack, no password. */
async function expectCannotRun(target: string, line: string, extra: string[] = []) {
  const result = await runCli(['--target', target, '--report-dir', reportDir(), ...extra], ACCOUNT);
  const errors = stderrLines(result).filter((l) => l.startsWith('mm-conformance: error: '));
  expect({ code: result.code, errors }).toEqual({ code: 2, errors: [`mm-conformance: error: ${line}`] });
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout + result.stderr).not.toContain(DEMO_ACCOUNT.password);
}

test('every request redirected to https: the Location, not followed, offered as --target; no password sent', async () => {
  const target = await started(
    serve((req, res) => {
      res.writeHead(301, { location: `https://127.0.0.1:${target.port}${req.url}` }).end();
    }),
  );
  await expectCannotRun(
    target.url,
    `every request was redirected to https://127.0.0.1:${target.port}/api/v1/users/me (not followed): use https://127.0.0.1:${target.port} as --target`,
  );
  expect(target.seen.map((r) => r.method)).toEqual(['GET', 'GET']);
});

test('every request redirected to a login page: the Location, and that the target is not the server', async () => {
  const target = await started(
    serve((_req, res) => {
      res.writeHead(302, { location: '/sso/login?next=%2F' }).end();
    }),
  );
  await expectCannotRun(
    target.url,
    `every request was redirected to ${target.url}/sso/login?next=%2F (not followed): --target must be the URL of the server itself`,
  );
});

test.each([502, 503] as const)(
  'a proxy answering %d with its HTML page to every request: exit 2, the server behind it is down',
  async (status) => {
    const target = await started(serve((_req, res) => proxyErrorPage(res, status)));
    await expectCannotRun(
      target.url,
      `the target answers ${status} from a proxy to every request: the server behind it is down`,
    );
    expect(target.seen.map((r) => r.method)).toEqual(['GET', 'GET']);
  },
);

describe('against the reference server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });
  afterAll(() => server.close());

  test('--target ending in /api/v1: exit 2 with the URL it meant', () =>
    expectCannotRun(
      `${server.url}/api/v1`,
      `GET /api/v1/api/v1/users/me answers 404: did you mean --target ${server.url} (without /api/v1)?`,
    ));
});

/** A run of api.json-body alone: it fails (exit 1), and the report shows `actual`. */
async function expectJsonBodyFails(target: LoopbackServer, actual: RegExp) {
  const dir = reportDir();
  const result = await runCli(
    ['--target', target.url, '--report-dir', dir, '--only', 'api.json-body'],
    ACCOUNT,
  );
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 1 });
  expect(result.stdout).toMatch(/FAIL +api\.json-body/);
  expect(result.stdout).toMatch(actual);
}

test('an endless body is neither JSON nor empty: api.json-body cannot be decided, and says the cap was exceeded', async () => {
  const target = await started(
    referenceExcept((req, res) => {
      if (!req.url?.includes('/no-such-route-')) return false;
      endlessBody(res);
      return true;
    }),
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-diagnosis-'));
  const result = await runCli(
    ['--target', target.url, '--report-dir', dir, '--only', 'api.json-body'],
    ACCOUNT,
  );
  expect(result.code).toBe(2);
  expect(stderrLines(result).at(-1)).toEqual(
    expect.stringMatching(
      /^mm-conformance: error: 1 gated clause\(s\) could not be decided; the first: api\.json-body: GET .*no-such-route-.* answered 200, and the body exceeded the 256 KiB cap \(not read past it\): the checker cannot tell whether it is JSON$/,
    ),
  );
});

test('invalid UTF-8 in an application/json body: api.json-body fails, the body is not valid UTF-8', async () => {
  const target = await started(
    referenceExcept((req, res) => {
      if (req.method !== 'GET' || !req.url?.endsWith('/users/me') || req.headers.authorization) return false;
      res.writeHead(401, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        Buffer.concat([
          Buffer.from('{"message":"Invalid session '),
          Buffer.from([0xff, 0xfe, 0xc3]),
          Buffer.from('","detailed_error":"","request_id":"x","status_code":401}'),
        ]),
      );
      return true;
    }),
  );
  await expectJsonBodyFails(target, /Actual: +401, and the body is not valid UTF-8/);
});

test('one request redirected (an unknown route to a login page): its clause fails and names the Location, not followed', async () => {
  const target = await started(
    referenceExcept((req, res) => {
      if (!req.url?.includes('/no-such-route-')) return false;
      res.writeHead(302, { location: '/login?redirect_to=%2F' }).end();
      return true;
    }),
  );
  const result = await runCli(
    ['--target', target.url, '--report-dir', reportDir(), '--only', 'errors.client-fault-4xx'],
    ACCOUNT,
  );
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(
    new RegExp(
      `Actual: +302 redirecting to ${target.url}/login\\?redirect_to=%2F \\(not followed\\) with an empty body`,
    ),
  );
  expect(target.seen.filter((r) => r.url?.startsWith('/login'))).toEqual([]);
});
