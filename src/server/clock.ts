/** Where the server reads the time; tests pass their own to step through rate-limit windows without sleeping. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const SYSTEM_CLOCK: Clock = { now: () => Date.now() };
