import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CannotRun } from './usage-error';

/**
 * Before the first request: can everything the run writes be written? The report folder (made if
 * it is missing), a new file in it, each report file it will replace, and the temporary folder the
 * suites work in. Otherwise the run would spend its requests (a wrong password, a burst to 429)
 * and lose the verdict at the end. Throws CannotRun with the first that cannot.
 */
export function checkOutputsWritable(reportDir: string, files: readonly string[]): void {
  attempt(`cannot create the report folder ${reportDir}`, () => mkdirSync(reportDir, { recursive: true }));
  attempt(`cannot write in the report folder ${reportDir}`, () => {
    const probe = path.join(reportDir, `.mm-conformance-write-check-${process.pid}`);
    writeFileSync(probe, '', { flag: 'wx' });
    unlinkSync(probe);
  });
  for (const name of files) {
    const file = path.join(reportDir, name);
    attempt(`cannot replace ${file}`, () => {
      const stat = statOrUndefined(file);
      if (stat === undefined) return;
      if (!stat.isFile()) throw Object.assign(new Error('it is not a file'), { code: 'NOTFILE' });
      accessSync(file, constants.W_OK);
    });
  }
  const temporary = os.tmpdir();
  attempt(`cannot write in the temporary folder ${temporary} (set TMPDIR to another)`, () =>
    rmSync(mkdtempSync(path.join(temporary, 'mm-conformance-')), { recursive: true }),
  );
}

/**
 * `--markdown FILE` (e.g. $GITHUB_STEP_SUMMARY): written whole through a temporary name beside it,
 * so its folder must take a new file, and the file, if there, must be a file.
 */
export function checkFileWritable(file: string): void {
  attempt(`cannot write the Markdown summary to ${file}`, () => {
    const stat = statOrUndefined(file);
    if (stat !== undefined && !stat.isFile())
      throw Object.assign(new Error('it is not a file'), { code: 'NOTFILE' });
    accessSync(path.dirname(file), constants.W_OK);
  });
}

function attempt(what: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    throw new CannotRun(`${what}: ${reason(error)}`);
  }
}

function statOrUndefined(file: string) {
  try {
    return statSync(file);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A file system error in words, without the path and syscall that Node adds to its message. */
function reason(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file is in the way of the folder';
    case 'NOTFILE':
      return 'it is not a file';
    default:
      return message ?? String(error);
  }
}
