import { loadCatalogueFor } from '../catalogue/catalogue-for-spec';
import { CatalogueError } from '../catalogue/load-catalogue';
import { DEFAULT_SPEC_PATH } from '../catalogue/paths';
import { SpecError } from '../contract/spec-error';
import type { Catalogue } from '../model/clause';
import { type CheckFlags, resolveCheckOptions, specPathOf } from './check-options';
import { formatClauseList } from './list-clauses';
import { CannotRun, EXIT } from './usage-error';

/** The default command: `--list`, or a conformance run (loaded only then: it brings jest). */
export async function check(flags: CheckFlags, operands: readonly string[]): Promise<number> {
  if (operands.length > 0) {
    throw new CannotRun(
      `unknown command ${JSON.stringify(operands[0])} (the only command is serve; see --help)`,
    );
  }
  const catalogue = await readCatalogue(specPathOf(flags, process.env) ?? DEFAULT_SPEC_PATH);
  const options = resolveCheckOptions(
    flags,
    process.env,
    catalogue.clauses.map((c) => c.id),
  );
  if (options.list) {
    process.stdout.write(formatClauseList(catalogue, options.only));
    return EXIT.pass;
  }
  return (require('./run-check') as typeof import('./run-check')).runCheck(options, catalogue);
}

/** The static clauses and those the OpenAPI document generates: --list, --only and the run all see both. */
async function readCatalogue(specPath: string): Promise<Catalogue> {
  try {
    return await loadCatalogueFor(specPath);
  } catch (error) {
    if (error instanceof CatalogueError || error instanceof SpecError) throw new CannotRun(error.message);
    throw new CannotRun(`cannot read the clause catalogue: ${(error as Error).message}`);
  }
}
