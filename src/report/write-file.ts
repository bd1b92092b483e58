import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Creates the report folder, so that a run that cannot write its record stops before it starts. */
export function prepareReportDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}

/** Writes a file whole, through a temporary name: a reader never sees half of it. Returns its path. */
export function writeWhole(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  return file;
}
