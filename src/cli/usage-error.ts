/**
 * The run cannot be done (bad arguments, missing credentials, unreachable target, invalid spec):
 * the CLI prints the message as one line and exits 2. The message never holds a secret.
 */
export class CannotRun extends Error {
  readonly kind = 'cannot-run';
}

export const EXIT = { pass: 0, fail: 1, cannotRun: 2 } as const;
