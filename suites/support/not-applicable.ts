/** Thrown by a check whose precondition the target did not meet: the clause is a `skip`, with why. */
export class NotApplicable extends Error {
  readonly kind = 'not-applicable';
}

/** Thrown when the checker cannot decide (e.g. it could not send fast enough): an `error`, never a `fail`. */
export class CannotDecide extends Error {
  readonly kind = 'cannot-decide';
}

/**
 * Thrown when the check ran but its clause offered nothing to observe (e.g. a moment within the
 * rounding the document allows): an `info` saying so, never a `pass` without evidence.
 */
export class NothingObserved extends Error {
  readonly kind = 'nothing-observed';
}
