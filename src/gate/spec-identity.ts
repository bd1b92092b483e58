import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SpecIdentity } from './baseline';

/**
 * The OpenAPI document's `info.title` and `info.version`: what a baseline must share with a run.
 * The document was already validated when the run loaded it; a missing field reads as "unknown".
 */
export function readSpecIdentity(specPath: string): SpecIdentity {
  const document = parse(readFileSync(specPath, 'utf8')) as { info?: { title?: unknown; version?: unknown } };
  return {
    title: String(document?.info?.title ?? 'unknown'),
    version: String(document?.info?.version ?? 'unknown'),
  };
}
