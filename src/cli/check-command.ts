import { CatalogueError, loadCatalogue } from '../catalogue/load-catalogue';
import type { Catalogue } from '../model/clause';
import { type CheckFlags, resolveCheckOptions } from './check-options';
import { formatClauseList } from './list-clauses';
import { CannotRun, EXIT } from './usage-error';

/** The default command: `--list`, or a conformance run (loaded only then: it brings jest). */
export async function check(flags: CheckFlags, operands: readonly string[]): Promise<number> {
  if (operands.length > 0) {
    throw new CannotRun(
      `unknown command ${JSON.stringify(operands[0])} (the only command is serve; see --help)`,
    );
  }
  const catalogue = readCatalogue();
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

function readCatalogue(): Catalogue {
  try {
    return loadCatalogue();
  } catch (error) {
    if (error instanceof CatalogueError) throw new CannotRun(error.message);
    throw new CannotRun(`cannot read the clause catalogue: ${(error as Error).message}`);
  }
}
