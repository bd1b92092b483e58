import path from 'node:path';
import { AREAS, type Area } from '../model/clause';

/**
 * The areas whose suites a run needs: those holding a clause some `--only` prefix can select
 * (`auth.` and `au` both select auth; `auth.bearer-accepted` selects auth). Empty `only` needs all.
 */
export function suiteAreas(only: readonly string[]): Area[] {
  if (only.length === 0) return [...AREAS];
  return AREAS.filter((area) => only.some((p) => p.startsWith(`${area}.`) || `${area}.`.startsWith(p)));
}

/** The file of an area's suite is named for it: `suites/<area>.test.ts` (or `.js`, compiled). */
export function suiteFileGlob(area: Area, extension: string): string {
  return `**/suites/${area}.test.${extension}`;
}

/** The area whose suite a file holds, or undefined when the file is no area's suite. */
export function areaOfSuiteFile(file: string): Area | undefined {
  const name = path.basename(file).split('.')[0];
  return AREAS.find((area) => area === name);
}
