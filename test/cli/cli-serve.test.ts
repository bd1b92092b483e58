import { spawn } from 'node:child_process';
import path from 'node:path';
import { FAULTS } from '../../src/server/faults';
import { PROJECT_ROOT, runCli } from './run-cli';

jest.setTimeout(30_000);

test('serve --list-faults lists every fault with the clauses it breaks', async () => {
  const result = await runCli(['serve', '--list-faults']);
  expect(result.code).toBe(0);
  const lines = result.stdout.split('\n');
  const listed = FAULTS.map((fault) => lines.find((l) => l.startsWith(`${fault.name} `))?.replace(/ +/, ' '));
  expect(listed).toEqual(FAULTS.map((fault) => `${fault.name} breaks ${fault.breaks.join(', ')}`));
  expect(result.stdout).toContain(`${FAULTS.length} faults`);
});

test('serve runs the reference server in the foreground until Ctrl-C, then exits 0', async () => {
  const child = spawn(
    process.execPath,
    [
      '-r',
      'esbuild-register',
      path.join(PROJECT_ROOT, 'src/cli/main.ts'),
      'serve',
      '--port',
      '0',
      '--fault',
      'no-request-id',
    ],
    { cwd: PROJECT_ROOT },
  );
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match?.[1] && stdout.includes('Ctrl-C')) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited early with ${code}`)));
  });
  expect(stdout).toContain('no-request-id — breaks api.request-id');
  expect(stdout).toContain('team exampleteam, email someone@nowhere.com');
  const response = await fetch(`${url}/api/v1/users/me`);
  expect(response.status).toBe(401);
  expect(response.headers.get('x-request-id')).toBeNull();
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
});

test('serve refuses a port already taken, in one line', async () => {
  const first = spawn(
    process.execPath,
    ['-r', 'esbuild-register', 'src/cli/main.ts', 'serve', '--port', '0'],
    {
      cwd: PROJECT_ROOT,
    },
  );
  const port = await new Promise<string>((resolve) => {
    let out = '';
    first.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
  });
  try {
    const result = await runCli(['serve', '--port', port]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `mm-conformance: error: cannot listen on 127.0.0.1:${port}: the port is in use\n`,
    );
  } finally {
    const exited = new Promise((resolve) => first.on('exit', resolve));
    first.kill('SIGINT');
    await exited;
  }
});
