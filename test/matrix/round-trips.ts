/**
 * The network round trips (ms) the matrix puts between the checker and the reference server, per
 * group of runs: the reference server's `latencyMs` in a real process, the virtual clock's step on
 * a virtual one. Faults outside the rate area do not depend on time and run on loopback only.
 */
export interface RoundTrips {
  /** The clean server, in every variant: nothing may fail at any of these. */
  clean: readonly number[];
  /** Each rate fault, in every variant: caught at each of these. */
  rateFaults: readonly number[];
}

/** What a user 20–300 ms away meets. */
export const FULL_ROUND_TRIPS: RoundTrips = { clean: [0, 100, 300], rateFaults: [0, 100] };

/** Loopback only. */
export const LOOPBACK_ONLY: RoundTrips = { clean: [0], rateFaults: [0] };

/** The round trips the matrix runs: what users meet. */
export const MATRIX_ROUND_TRIPS: RoundTrips = FULL_ROUND_TRIPS;
