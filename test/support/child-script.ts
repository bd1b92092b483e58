import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeTemp } from './temp-files';

const run = promisify(execFile);
const PROJECT_ROOT = path.resolve(__dirname, '../..');

/**
 * Runs a TypeScript script of the tests in a child process of its own (a fresh module registry,
 * its own event loop), handing it `input` as a JSON file and reading back what it wrote as JSON.
 * The script is called as `script INPUT OUTPUT`.
 */
export async function runChildScript<T>(
  script: string,
  input: unknown,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  const inputFile = writeTemp('input.json', JSON.stringify(input));
  const outputFile = path.join(path.dirname(inputFile), 'output.json');
  await run(process.execPath, ['-r', 'esbuild-register', script, inputFile, outputFile], {
    cwd: PROJECT_ROOT,
    maxBuffer: 64 * 1024 * 1024,
    env,
  });
  return JSON.parse(readFileSync(outputFile, 'utf8')) as T;
}
