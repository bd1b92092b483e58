import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';
import { runCli, stderrLines } from '../cli/run-cli';
import { type LoopbackServer, referenceExcept } from './support/hostile-targets';

// The pre-flight login tells refused credentials (the run cannot be done) from a server that
// breaks login (the clauses judge it).
jest.setTimeout(120_000);

const reportDir = () => mkdtempSync(path.join(os.tmpdir(), 'mmc-login-preflight-'));
const account = (password: string) => ({
  MM_TEAM: DEMO_ACCOUNT.team,
  MM_EMAIL: DEMO_ACCOUNT.email,
  MM_PASSWORD: password,
});

test('a mistyped password: exit 2 and the one line that names the account and the refusal', async () => {
  const server = await startServer({ port: 0 });
  try {
    const result = await runCli(
      ['--target', server.url, '--report-dir', reportDir()],
      account('thisisabadpasswort'),
    );
    expect({ code: result.code, lines: stderrLines(result) }).toEqual({
      code: 2,
      lines: [
        'mm-conformance: error: the server refused the login for someone@nowhere.com on team exampleteam: 401 "Login failed because of invalid password."; check MM_PASSWORD',
      ],
    });
    expect(result.stdout).toBe('');
  } finally {
    await server.close();
  }
});

describe.each([
  ['200 without a Token', { faults: ['login-no-token'] }],
  ['500 to every login', undefined],
  ['a login body that is not JSON', undefined],
])('a server that breaks login (%s): the run goes on and auth.login-returns-token fails', (what, options) => {
  let server: RunningServer | LoopbackServer;
  beforeAll(async () => {
    if (options) server = await startServer({ port: 0, ...options });
    else
      server = await referenceExcept((req, res) => {
        if (req.method !== 'POST' || !req.url?.endsWith('/users/login')) return false;
        if (what.startsWith('500')) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(
            '{"message":"database unavailable","detailed_error":"","request_id":"r","status_code":500}',
          );
        } else {
          res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Welcome</html>');
        }
        return true;
      });
  });
  afterAll(() => server.close());

  test('exit 1, and no error line', async () => {
    const result = await runCli(
      ['--target', server.url, '--report-dir', reportDir(), '--only', 'auth.login-returns-token'],
      account(DEMO_ACCOUNT.password),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('mm-conformance: error:');
    expect(result.stdout).toMatch(/FAIL +auth\.login-returns-token/);
  });
});
