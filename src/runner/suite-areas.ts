import { AREAS, type Area } from '../model/clause';
import { RUN_WIDE_ONLY, RUN_WIDE_SUITE, runWideSelected } from './run-wide';

/** A suite of a run: an area's, or the run-wide suite. */
export type Suite = Area | typeof RUN_WIDE_SUITE;

/** The one jest test file of a run, which holds every suite (suites/conformance.test.ts). */
export const CONFORMANCE_TEST_FILE = 'conformance.test';

/** The title of the one test that stands for a suite whose module could not load. */
export const SUITE_NOT_LOADED = 'the suite could not load';

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

/**
 * The suites a run needs, in the order they run: the areas' in the catalogue's order, so that the
 * rate suite, which bursts to 429 on purpose, comes last of them and cannot spend the allowance of
 * the others; then the run-wide suite, which judges every exchange the others made, when a clause
 * it judges is selected.
 */
export function suitesOfRun(only: readonly string[]): Suite[] {
  return [...suiteAreas(only), ...(runWideSelected(only) ? [RUN_WIDE_SUITE] : [])];
}

/** The suite a test belongs to: the describe block around it is named for it. */
export function suiteOfTest(test: { ancestorTitles: readonly string[] }): string | undefined {
  return test.ancestorTitles[0];
}
