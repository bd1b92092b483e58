/**
 * What a server that never denies leaves the rate clauses unable to judge: with no 429 there is
 * nothing to read of one, nor a reset to wait for.
 */
export const NEVER_DENIED_SKIPS = [
  'rate.limit-response-headers',
  'rate.limit-body',
  'rate.recovers-after-reset',
  'rate.reset-truthful',
  'rate.budget-scope',
];
