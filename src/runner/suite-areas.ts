import path from 'node:path';
import { AREAS, type Area } from '../model/clause';
import { RUN_WIDE_ONLY, RUN_WIDE_SUITE } from './run-wide';

/**
 * The areas whose suites a run needs: those holding a clause some `--only` prefix can select
 * (`auth.` and `au` both select auth; `auth.bearer-accepted` selects auth). Empty `only` needs all.
 */
export function suiteAreas(only: readonly string[]): Area[] {
  if (only.length === 0) return [...AREAS];
  // A prefix that only clauses the run-wide suite judges alone match (auth.session-kept) needs no suite of its area.
  const ownClause = (p: string) => !RUN_WIDE_ONLY.some((id) => id.startsWith(p));
  return AREAS.filter((area) =>
    only.some((p) => (p.startsWith(`${area}.`) && ownClause(p)) || `${area}.`.startsWith(p)),
  );
}

/** The file of an area's suite is named for it: `suites/<area>.test.ts` (or `.js`, compiled); so is the run-wide suite's. */
export function suiteFileGlob(area: Area | typeof RUN_WIDE_SUITE, extension: string): string {
  return `**/suites/${area}.test.${extension}`;
}

/** The area whose suite a file holds, or undefined when the file is no area's suite. */
export function areaOfSuiteFile(file: string): Area | undefined {
  const name = path.basename(file).split('.')[0];
  return AREAS.find((area) => area === name);
}

/** The suite a file holds: an area's, or the run-wide suite; undefined when it is neither. */
export function suiteOfFile(file: string): Area | typeof RUN_WIDE_SUITE | undefined {
  return path.basename(file).split('.')[0] === RUN_WIDE_SUITE ? RUN_WIDE_SUITE : areaOfSuiteFile(file);
}
