import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes a file whole, through a temporary name: a reader never sees half of it. Returns its path. */
export function writeWhole(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
  return file;
}
