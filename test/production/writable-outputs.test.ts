import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkFileWritable, checkOutputsWritable } from '../../src/cli/writable-outputs';
import { DEMO_ACCOUNT } from '../../src/server';
import { runCli, stderrLines } from '../cli/run-cli';
import { serve } from './support/hostile-targets';

// What the run will write is checked before its first request: a report that cannot be written
// is found before the wrong password and the burst are spent, not after the whole run.
jest.setTimeout(60_000);

const fresh = () => mkdtempSync(path.join(os.tmpdir(), 'mmc-writable-'));
const ACCOUNT = {
  MM_TEAM: DEMO_ACCOUNT.team,
  MM_EMAIL: DEMO_ACCOUNT.email,
  MM_PASSWORD: DEMO_ACCOUNT.password,
};

test('a report.json that is a folder: exit 2 with the one line, and not one request sent', async () => {
  const target = await serve((_req, res) => res.writeHead(500).end());
  try {
    const dir = fresh();
    mkdirSync(path.join(dir, 'report.json'));
    const result = await runCli(['--target', target.url, '--report-dir', dir], ACCOUNT);
    expect({ code: result.code, lines: stderrLines(result) }).toEqual({
      code: 2,
      lines: [`mm-conformance: error: cannot replace ${path.join(dir, 'report.json')}: it is not a file`],
    });
    expect(target.seen).toEqual([]);
  } finally {
    await target.close();
  }
});

test('a writable folder, new or existing with a report in it, passes', () => {
  const dir = fresh();
  expect(() => checkOutputsWritable(path.join(dir, 'new', 'reports'), ['report.json'])).not.toThrow();
  writeFileSync(path.join(dir, 'report.json'), '{}');
  expect(() => checkOutputsWritable(dir, ['report.json', 'junit.xml'])).not.toThrow();
});

test('a report folder below a file: cannot create it', () => {
  const file = path.join(fresh(), 'a-file');
  writeFileSync(file, '');
  expect(() => checkOutputsWritable(path.join(file, 'reports'), ['report.json'])).toThrow(
    `cannot create the report folder ${path.join(file, 'reports')}: a file is in the way of the folder`,
  );
});

test('--markdown FILE: a file in a writable folder passes; a folder in its place is refused', () => {
  const dir = fresh();
  expect(() => checkFileWritable(path.join(dir, 'summary.md'))).not.toThrow();
  expect(() => checkFileWritable(dir)).toThrow(
    `cannot write the Markdown summary to ${dir}: it is not a file`,
  );
});
