/**
 * Why a clause was not run, as data: readers compare these, never the note's wording.
 * - `not-selected`: `--only` left it out;
 * - `safe`: `--safe` leaves out the checks that spend the server's patience;
 * - `not-applicable`: its precondition did not hold on this target (the note says which).
 */
const SKIP_REASONS = ['not-selected', 'safe', 'not-applicable'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
