import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import type { Catalogue } from '../../src/model/clause';

const memo = new Map<string, Catalogue>();

/**
 * The catalogue a run judges — spec/clauses.yaml with the clauses the OpenAPI document generates —
 * for tests that need it while jest collects them. Validating the document is asynchronous, so a
 * child process does it once per file and spec.
 */
export function fullCatalogue(specPath = DEFAULT_SPEC_PATH): Catalogue {
  let catalogue = memo.get(specPath);
  if (!catalogue) {
    const child = path.join(__dirname, 'full-catalogue-child.ts');
    const out = execFileSync(process.execPath, ['-r', 'esbuild-register', child, specPath], {
      encoding: 'utf8',
    });
    catalogue = JSON.parse(out) as Catalogue;
    memo.set(specPath, catalogue);
  }
  return catalogue;
}
