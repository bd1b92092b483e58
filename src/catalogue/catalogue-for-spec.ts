import { dereferenceSpec, type SpecDocument } from '../contract/read-spec';
import { AREAS, areaOf, type Catalogue } from '../model/clause';
import { CatalogueError, loadCatalogue } from './load-catalogue';
import { operationClauses } from './operation-clauses';
import { DEFAULT_SPEC_PATH } from './paths';

/**
 * The catalogue a run judges: the static clauses of spec/clauses.yaml, then the clauses each
 * operation of `spec` generates — so a document with another operation checks it, and one
 * without an operation drops its clauses.
 */
export function withOperationClauses(catalogue: Catalogue, spec: SpecDocument): Catalogue {
  const generated = operationClauses(spec);
  const taken = new Set(catalogue.clauses.map((c) => c.id));
  const clash = generated.find((c) => taken.has(c.id));
  if (clash)
    throw new CatalogueError(`the OpenAPI document generates ${clash.id}, which the catalogue already holds`);
  const ids = generated.map((c) => c.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice)
    throw new CatalogueError(
      `the OpenAPI document generates ${twice} twice (two operations share an operationId)`,
    );
  // In the areas' order (op before rate), so that lists and reports read as the suites run.
  const clauses = [...catalogue.clauses, ...generated];
  const rank = (id: string) => AREAS.indexOf(areaOf(id));
  return { ...catalogue, clauses: clauses.sort((a, b) => rank(a.id) - rank(b.id)) };
}

/** The static catalogue merged with the clauses of the document at `specPath` (validated first). */
export async function loadCatalogueFor(specPath = DEFAULT_SPEC_PATH): Promise<Catalogue> {
  return withOperationClauses(loadCatalogue(), await dereferenceSpec(specPath));
}
