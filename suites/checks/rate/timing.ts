/** The rate probe's timing: how long it bursts, waits and probes, and the slack its judges allow. */

/** The burst gives up after this long without a denial. */
export const BURST_TIME_CAP_MS = 10_000;
/** The burst gives up after this many requests without a denial: well past any honest allowance. */
export const burstRequestCap = (limit: number): number => 4 * limit + 50;
/** The longest the burst waits for a fresh allowance before it starts. */
export const FRESH_ALLOWANCE_WAIT_MS = 3_000;
/** The recovery waits for the reset moment at most this long after the denial. */
export const MAX_RESET_WAIT_MS = 60_000;
/** With the reset moment beyond MAX_RESET_WAIT_MS, early probes still run this long. */
export const EARLY_PROBING_CAP_MS = 15_000;
/** Early probes go out this often while the reset moment is far. */
export const EARLY_PROBE_INTERVAL_MS = 1_000;
/** How much earlier than the named moment a full allowance must return to prove Reset false. */
export const TRUTH_SLACK_MS = 1_000;
/** Whole-second rounding: when denied at the named moment, the recovery tries once more this much later. */
export const ROUNDING_RETRY_MS = 1_000;
