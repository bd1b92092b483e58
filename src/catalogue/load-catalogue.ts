import { readFileSync } from 'node:fs';
import { newAjv } from '../contract/new-ajv';
import { readPrevalidated } from '../contract/prevalidated';
import type { Catalogue, Clause } from '../model/clause';
import { CATALOGUE_PATH, CATALOGUE_SCHEMA_PATH } from './paths';

export class CatalogueError extends Error {}

/**
 * Reads spec/clauses.yaml and refuses it unless it matches its own schema and ids are unique: as
 * the build recorded it when the file's bytes are those it validated (see prevalidated.ts).
 */
export function loadCatalogue(file = CATALOGUE_PATH): Catalogue {
  const text = readFileSync(file, 'utf8');
  return readPrevalidated<Catalogue>('catalogue', text) ?? validateCatalogue(text, file);
}

/** The catalogue in `text` (read from `file`), validated: what the build records. */
export function validateCatalogue(text: string, file: string): Catalogue {
  // Loaded here, not imported: a run whose catalogue the build validated parses no YAML.
  const { parse } = require('yaml') as typeof import('yaml');
  const data: unknown = parse(text);
  const schema = JSON.parse(readFileSync(CATALOGUE_SCHEMA_PATH, 'utf8'));
  const validate = newAjv({ allErrors: true }).compile<Catalogue>(schema);
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new CatalogueError(`clause catalogue ${file}: ${first?.instancePath || '/'} ${first?.message}`);
  }
  const seen = new Set<string>();
  for (const clause of data.clauses) {
    if (seen.has(clause.id)) throw new CatalogueError(`clause catalogue ${file}: duplicate id ${clause.id}`);
    seen.add(clause.id);
  }
  return data;
}

export function clauseById(catalogue: Catalogue, id: string): Clause {
  const clause = catalogue.clauses.find((c) => c.id === id);
  if (!clause) throw new CatalogueError(`no clause ${id} in the catalogue`);
  return clause;
}
