import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Report } from '../../src/report';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';
import { fullCatalogue } from '../support/full-catalogue';
import { PROJECT_ROOT, runCli } from './run-cli';

// Whole runs of the command, as users start it: the reports they leave are checked against the
// report's schema, and must hold no secret.
jest.setTimeout(300_000);

const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'src/report/report.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile<Report>(schema);
const catalogueIds = fullCatalogue().clauses.map((c) => c.id);

function readReport(dir: string): { text: string; report: Report } {
  const text = readFileSync(path.join(dir, 'report.json'), 'utf8');
  return { text, report: JSON.parse(text) as Report };
}

function expectValidReport(report: Report): void {
  expect(validate(report) ? [] : validate.errors).toEqual([]);
  expect(report.clauses.map((c) => c.id)).toEqual(catalogueIds);
}

const reportDir = () => mkdtempSync(path.join(os.tmpdir(), 'mmc-cli-run-'));

describe('against a server that answers everything badly and echoes secrets', () => {
  const PASSWORD = 'pw-Echoed-9f3k';
  const TOKEN = 'stubtoken0123456789abcdef';
  let stub: http.Server;
  let url: string;

  beforeAll(async () => {
    stub = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        if (req.method === 'POST' && req.url?.endsWith('/users/login')) {
          res.writeHead(200, {
            'content-type': 'application/json',
            token: TOKEN,
            'set-cookie': `MMSID=${TOKEN}; Path=/; HttpOnly`,
          });
          res.end(JSON.stringify({ id: 'u1', email: 'me@example.com', echo: body }));
          return;
        }
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ message: 'no', detailed_error: `refused ${req.headers.authorization ?? ''}` }),
        );
      });
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    stub.closeAllConnections();
    stub.close();
  });

  test('a gated clause fails: exit 1, a valid report, and no password or token anywhere', async () => {
    const dir = reportDir();
    const result = await runCli(
      ['--target', url, '--team', 'myteam', '--only', 'api.,auth.', '--report-dir', dir],
      {
        MM_EMAIL: 'me@example.com',
        MM_PASSWORD: PASSWORD,
      },
    );
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 1 });
    const { text, report } = readReport(dir);
    expectValidReport(report);
    expect(report).toMatchObject({ verdict: 'fail', target: { url, builtIn: false } });
    expect(report.requests).toBeGreaterThan(1);
    expect(report.clauses.find((c) => c.id.startsWith('errors.'))).toMatchObject({
      status: 'skip',
      note: 'not selected by --only',
    });
    // By default every format is written, and none shows a secret.
    const others = ['report.html', 'junit.xml', 'exchanges.har', 'summary.md'].map((f) =>
      readFileSync(path.join(dir, f), 'utf8'),
    );
    for (const output of [text, result.stdout, result.stderr, ...others]) {
      expect(output).not.toContain(PASSWORD);
      expect(output).not.toContain(TOKEN);
    }
    expect(result.stdout).toContain(`Report: ${path.join(dir, 'report.json')}`);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^FAIL {2}\d+ clauses? fails? the gate/);
  });
});

test('--format picks the outputs: junit alone writes junit.xml and prints no verdict', async () => {
  const server = await startServer({ port: 0 });
  try {
    const dir = reportDir();
    const result = await runCli(
      [
        '--target',
        server.url,
        '--team',
        'exampleteam',
        '--only',
        'api.',
        '--format',
        'junit',
        '--report-dir',
        dir,
      ],
      { MM_EMAIL: 'someone@nowhere.com', MM_PASSWORD: 'thisisabadpassword' },
    );
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
    expect(readdirSync(dir)).toEqual(['junit.xml']);
    expect(result.stdout).toBe('');
  } finally {
    await server.close();
  }
});

test('a target that dies after the first request: every clause is an error, exit 2 with one line', async () => {
  let requests = 0;
  const dying = http.createServer((_req, res) => {
    requests++;
    res.writeHead(404, { 'content-type': 'application/json', connection: 'close' }).end('{}');
    if (requests === 1) setImmediate(() => dying.close());
  });
  await new Promise<void>((resolve) => dying.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(dying.address() as AddressInfo).port}`;
  const dir = reportDir();
  const result = await runCli(['--target', url, '--only', 'api.', '--report-dir', dir], {
    MM_TEAM: 't',
    MM_EMAIL: 'e@x.test',
    MM_PASSWORD: 'p-never-shown',
  });
  expect(result.code).toBe(2);
  const errorLines = result.stderr.split('\n').filter((l) => l.startsWith('mm-conformance: error: '));
  expect(errorLines).toEqual([
    expect.stringMatching(
      /^mm-conformance: error: \d+ gated clause\(s\) could not be decided; the first: .*connection refused$/,
    ),
  ]);
  expect(result.stdout).toContain('NO VERDICT');
  const { report } = readReport(dir);
  expectValidReport(report);
  expect(report.summary.byStatus.error).toBe(5);
});

describe('against the reference server', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });

  afterAll(async () => {
    await server.close();
  });

  test('with no --target, checks the built-in reference server and exits 0 with a valid report', async () => {
    const dir = reportDir();
    const result = await runCli(['--report-dir', dir]);
    expect(result.stderr).toMatch(
      /^no --target: checking the built-in reference server at http:\/\/127\.0\.0\.1:\d+$/m,
    );
    expect({ code: result.code, stdout: result.stdout }).toMatchObject({ code: 0 });
    const { text, report } = readReport(dir);
    expectValidReport(report);
    expect(report).toMatchObject({ verdict: 'pass', gate: 'must', target: { builtIn: true } });
    expect(text).not.toContain(DEMO_ACCOUNT.password);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      'PASS  no MUST clause fails (gate: --fail-on must)',
    );
  });

  test('--target with the account in the environment checks that server', async () => {
    const dir = reportDir();
    const result = await runCli(['--target', server.url, '--report-dir', dir, '--fail-on', 'should'], {
      MM_TEAM: DEMO_ACCOUNT.team,
      MM_EMAIL: DEMO_ACCOUNT.email,
      MM_PASSWORD: DEMO_ACCOUNT.password,
    });
    expect({ code: result.code, stdout: result.stdout }).toMatchObject({ code: 0 });
    const { report } = readReport(dir);
    expectValidReport(report);
    expect(report).toMatchObject({
      verdict: 'pass',
      gate: 'should',
      target: { url: server.url, builtIn: false },
    });
    expect(result.stdout + result.stderr).not.toContain(DEMO_ACCOUNT.password);
  });
});
