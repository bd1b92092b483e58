/** Thrown by a check whose precondition the target did not meet: the clause is a `skip`, with why. */
export class NotApplicable extends Error {
  readonly kind = 'not-applicable';
}

/** Thrown when the checker cannot decide (e.g. it could not send fast enough): an `error`, never a `fail`. */
export class CannotDecide extends Error {
  readonly kind = 'cannot-decide';
}
