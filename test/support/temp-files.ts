import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes a file in a fresh temporary folder and returns its path. */
export function writeTemp(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mmc-test-')), name);
  writeFileSync(file, content);
  return file;
}
