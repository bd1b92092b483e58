import { loadCatalogueFor } from '../../../src/catalogue/catalogue-for-spec';
import { type CheckOptions, resolveCheckOptions } from '../../../src/cli/check-options';
import type { Catalogue } from '../../../src/model/clause';
import type { RepeatedRun } from './run-checks';

/** A run's options and catalogue, resolved as the CLI resolves its flags and MM_PASSWORD. */
export async function resolveRun(run: RepeatedRun): Promise<{ options: CheckOptions; catalogue: Catalogue }> {
  const catalogue = await loadCatalogueFor();
  const options = resolveCheckOptions(
    { ...run.flags, only: run.flags.only ?? [] },
    { MM_PASSWORD: run.password },
    catalogue.clauses.map((c) => c.id),
  );
  return { options, catalogue };
}
