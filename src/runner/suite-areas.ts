import { AREAS, type Area } from '../model/clause';

/**
 * The areas whose suites a run needs: those holding a clause some `--only` prefix can select
 * (`auth.` and `au` both select auth; `auth.bearer-accepted` selects auth). Empty `only` needs all.
 */
export function suiteAreas(only: readonly string[]): Area[] {
  if (only.length === 0) return [...AREAS];
  return AREAS.filter((area) => only.some((p) => p.startsWith(`${area}.`) || `${area}.`.startsWith(p)));
}
