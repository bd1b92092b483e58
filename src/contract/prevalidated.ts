import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Documents the build validated, kept beside the compiled code (dist/prevalidated) by the digest of
 * their bytes. A file whose bytes match a record reads back as the build left it, without being
 * validated again: validating the OpenAPI document and the clause catalogue took about half a
 * second of every run, and the shipped ones change only with a build. Any other bytes — a user's
 * own document, an edited one — are validated as always. Run from source (the project's own
 * tests), no record is read: every document is validated.
 */
const RECORDS_DIR = __filename.endsWith('.js') ? path.join(__dirname, '..', '..', 'prevalidated') : undefined;

/** What a record holds: the OpenAPI document (dereferenced), or the clause catalogue. */
export type RecordKind = 'openapi' | 'catalogue';

/** The document the build validated from exactly these bytes, or undefined. */
export function readPrevalidated<T>(kind: RecordKind, bytes: string, dir = RECORDS_DIR): T | undefined {
  if (dir === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(recordPath(dir, kind, bytes), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Forgets every record: a build starts from none, so no record outlives the validator that made it. */
export function clearPrevalidated(dir = compiledRecordsDir()): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Records what validating these bytes gave. Only the build calls this, after validating them. */
export function writePrevalidated(
  kind: RecordKind,
  bytes: string,
  document: unknown,
  dir = compiledRecordsDir(),
): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(recordPath(dir, kind, bytes), JSON.stringify(document));
}

function compiledRecordsDir(): string {
  if (RECORDS_DIR === undefined) throw new Error('only the compiled build keeps prevalidated records');
  return RECORDS_DIR;
}

function recordPath(dir: string, kind: RecordKind, bytes: string): string {
  const digest = createHash('sha256').update(bytes).digest('hex');
  return path.join(dir, `${kind}-${digest}.json`);
}
