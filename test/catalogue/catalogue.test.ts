import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sectionAnchors } from '../../src/catalogue/document-sections';
import { CatalogueError, loadCatalogue } from '../../src/catalogue/load-catalogue';
import { CATALOGUE_PATH, DEFAULT_SPEC_PATH, SOURCE_DOCUMENT_PATH } from '../../src/catalogue/paths';
import { AREAS, areaOf } from '../../src/model/clause';
import { writeTemp } from '../support/temp-files';

const catalogue = loadCatalogue();
const clauseIds = new Set(catalogue.clauses.map((c) => c.id));
const documentAnchors = sectionAnchors(readFileSync(SOURCE_DOCUMENT_PATH, 'utf8'));

describe('the clause catalogue', () => {
  test('validates against its own schema', () => {
    expect(catalogue.clauses.length).toBeGreaterThan(0);
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

  test('every clause quote is text of the document', () => {
    const text = readFileSync(SOURCE_DOCUMENT_PATH, 'utf8');
    const misquoted = catalogue.clauses.filter((c) => !text.includes(c.quote)).map((c) => c.id);
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

  test('every x-clauses id in the OpenAPI document is a clause, and every clause is backed by one', () => {
    const named = new Set<string>();
    collectXClauses(parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8')), named);
    expect([...named].filter((id) => !clauseIds.has(id))).toEqual([]);
    expect([...clauseIds].filter((id) => !named.has(id))).toEqual([]);
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
  const shared = `${__dirname}/../../../shared/docs/mattermost-api-v1-overview.md`;
  const sharedExists = (() => {
    try {
      readFileSync(shared);
      return true;
    } catch {
      return false;
    }
  })();

  // The copy in docs/ is what ships; where the project's shared folder sits beside the clone, the
  // copy must not have drifted from it.
  (sharedExists ? test : test.skip)('is the shared source document, unchanged', () => {
    expect(readFileSync(SOURCE_DOCUMENT_PATH, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
