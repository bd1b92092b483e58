import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse } from 'yaml';
import { sectionAnchors } from '../../src/catalogue/document-sections';
import { CatalogueError, loadCatalogue } from '../../src/catalogue/load-catalogue';
import {
  CATALOGUE_PATH,
  CATALOGUE_SCHEMA_PATH,
  DEFAULT_SPEC_PATH,
  SOURCE_DOCUMENT_PATH,
} from '../../src/catalogue/paths';
import { AREAS, areaOf } from '../../src/model/clause';
import { fullCatalogue } from '../support/full-catalogue';
import { writeTemp } from '../support/temp-files';

const PINNED_HASH_PATH = path.join(__dirname, 'source-document.sha256');

const catalogue = fullCatalogue();
const staticCatalogue = loadCatalogue();
const clauseIds = new Set(catalogue.clauses.map((c) => c.id));
const documentAnchors = sectionAnchors(readFileSync(SOURCE_DOCUMENT_PATH, 'utf8'));

describe('the clause catalogue', () => {
  test('validates against its own schema, read apart from the loader', () => {
    const schema = JSON.parse(readFileSync(CATALOGUE_SCHEMA_PATH, 'utf8'));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const data = parse(readFileSync(CATALOGUE_PATH, 'utf8'));
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(staticCatalogue.clauses.map((c) => c.id)).toEqual(data.clauses.map((c: { id: string }) => c.id));
  });

  test('is refused when an entry breaks the schema', () => {
    const broken = readFileSync(CATALOGUE_PATH, 'utf8').replace('level: MUST', 'level: MUSTNT');
    expect(() => loadCatalogue(writeTemp('clauses.yaml', broken))).toThrow(CatalogueError);
  });

  test('is refused when a requirement says "should"', () => {
    const broken = readFileSync(CATALOGUE_PATH, 'utf8').replace(
      'requirement: Both documented operations',
      'requirement: It should be that both documented operations',
    );
    expect(() => loadCatalogue(writeTemp('clauses.yaml', broken))).toThrow(/requirement/);
  });

  test('covers every area with at least one clause', () => {
    for (const area of AREAS) expect(catalogue.clauses.some((c) => areaOf(c.id) === area)).toBe(true);
  });

  test('every section of the source document has a clause or a written reason why not', () => {
    const listed = new Map(catalogue.sections.map((s) => [s.anchor, s]));
    const uncovered = documentAnchors.filter((anchor) => {
      const section = listed.get(anchor);
      return !section || (!section.reason && !catalogue.clauses.some((c) => c.docAnchor === anchor));
    });
    expect(uncovered).toEqual([]);
  });

  test('every listed section and every clause anchor is a section of the document', () => {
    const anchors = new Set(documentAnchors);
    const unknown = [
      ...catalogue.sections.map((s) => s.anchor),
      ...catalogue.clauses.map((c) => c.docAnchor),
    ].filter((a) => !anchors.has(a));
    expect(unknown).toEqual([]);
  });

  // A generated clause quotes its operation's summary in the OpenAPI document (an operation marked
  // x-source is not in the source document at all), or, for faulty inputs, the client-errors text.
  test('every written clause quote is text of the document', () => {
    const text = readFileSync(SOURCE_DOCUMENT_PATH, 'utf8');
    const misquoted = staticCatalogue.clauses.filter((c) => !text.includes(c.quote)).map((c) => c.id);
    expect(misquoted).toEqual([]);
  });

  test('every contradiction names existing clauses', () => {
    const unknown = catalogue.contradictions.flatMap((c) => c.clauses).filter((id) => !clauseIds.has(id));
    expect(unknown).toEqual([]);
  });

  test('the OAuth2 section is recorded as not testable, with why', () => {
    expect(catalogue.sections.find((s) => s.anchor === 'oauth2')?.reason).toMatch(/Coming soon/);
  });

  test('every clause points at a part of the OpenAPI document that exists', () => {
    const spec = parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8'));
    const dangling = catalogue.clauses
      .filter((c) => resolvePointer(spec, c.openapi) === undefined)
      .map((c) => c.id);
    expect(dangling).toEqual([]);
  });

  // Generated clauses are backed by the operation they are generated from (their `openapi` pointer).
  test('every x-clauses id in the OpenAPI document is a clause, and every written clause is backed by one', () => {
    const named = new Set<string>();
    collectXClauses(parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8')), named);
    expect([...named].filter((id) => !clauseIds.has(id))).toEqual([]);
    expect(staticCatalogue.clauses.map((c) => c.id).filter((id) => !named.has(id))).toEqual([]);
  });
});

function resolvePointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function collectXClauses(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) for (const item of node) collectXClauses(item, into);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'x-clauses' && Array.isArray(value)) for (const id of value) into.add(String(id));
      else collectXClauses(value, into);
    }
  }
}

describe('the source document kept in docs/', () => {
  // The quotes above are read from docs/; an edit there that made a quote fit would pass them. The
  // document's hash is pinned in the repository, so any edit fails here first, on every clone. Where
  // the project's shared folder sits beside the clone, its copy is held to the same pin.
  const pinned = readFileSync(PINNED_HASH_PATH, 'utf8').trim().split(/\s+/)[0];
  const shared = path.resolve(__dirname, '../../../shared/docs/mattermost-api-v1-overview.md');
  const copies = [SOURCE_DOCUMENT_PATH, ...(existsSync(shared) ? [shared] : [])];

  test('has the SHA-256 pinned in test/catalogue/source-document.sha256, as does every other copy', () => {
    expect(pinned).toMatch(/^[0-9a-f]{64}$/);
    expect(copies.map((file) => ({ file, sha256: sha256Of(file) }))).toEqual(
      copies.map((file) => ({ file, sha256: pinned })),
    );
  });
});

function sha256Of(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
