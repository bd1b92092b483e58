// Run by `npm run build` after the compiler: validates the shipped OpenAPI document and clause
// catalogue and records them (src/contract/prevalidated.ts), so that a run need not validate them
// again. A document that fails stops the build with the reason.
import { readFileSync } from 'node:fs';
import { validateCatalogue } from '../catalogue/load-catalogue';
import { CATALOGUE_PATH, DEFAULT_SPEC_PATH } from '../catalogue/paths';
import { clearPrevalidated, writePrevalidated } from '../contract/prevalidated';
import { validateAndDereference } from '../contract/read-spec';

async function main(): Promise<void> {
  clearPrevalidated();
  const spec = readFileSync(DEFAULT_SPEC_PATH, 'utf8');
  writePrevalidated('openapi', spec, await validateAndDereference(spec, DEFAULT_SPEC_PATH));
  const catalogue = readFileSync(CATALOGUE_PATH, 'utf8');
  writePrevalidated('catalogue', catalogue, validateCatalogue(catalogue, CATALOGUE_PATH));
}

main().catch((error: Error) => {
  process.stderr.write(`prevalidate: ${error.message}\n`);
  process.exitCode = 1;
});
