/** How strongly the source document states a promise (see spec/clauses.yaml for the wording rule). */
export const LEVELS = ['MUST', 'SHOULD', 'MAY'] as const;
export type Level = (typeof LEVELS)[number];
