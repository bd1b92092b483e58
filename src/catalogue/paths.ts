import path from 'node:path';

/** The project's root, whether this file runs from source (src/) or compiled (dist/src/). */
export const PROJECT_ROOT = path.resolve(
  __dirname,
  __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..',
);

export const DEFAULT_SPEC_PATH = path.join(PROJECT_ROOT, 'spec', 'mattermost-v1.openapi.yaml');
export const CATALOGUE_PATH = path.join(PROJECT_ROOT, 'spec', 'clauses.yaml');
export const CATALOGUE_SCHEMA_PATH = path.join(PROJECT_ROOT, 'spec', 'clauses.schema.json');
/** The source document, kept in the repository as written (docs/); clause anchors point into it. */
export const SOURCE_DOCUMENT_PATH = path.join(PROJECT_ROOT, 'docs', 'mattermost-api-v1-overview.md');
