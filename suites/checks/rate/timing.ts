/** The rate probe's timing: how long it bursts, waits and probes, and the slack its judges allow. */

/** The burst gives up after this long without a denial. */
export const BURST_TIME_CAP_MS = 10_000;
/**
 * The longest the burst waits for a fresh allowance before it starts: long enough for a bucket of a
 * few requests that refills at one a second, short beside a window of a minute (not waited for).
 */
export const FRESH_ALLOWANCE_WAIT_MS = 5_000;
/** The burst starts this long after the latest moment the sample's Reset can name: timers fire late or early by a few ms. */
export const PAST_RESET_MS = 50;
/**
 * Before probing again (another client may be spending the same allowance), the probe waits a
 * random time up to this long, so that two checkers started together no longer burst together.
 */
export const REPROBE_WAIT_MS = 2_000;
/** The recovery waits for the reset moment at most this long after the denial. */
export const MAX_RESET_WAIT_MS = 60_000;
/** With the reset moment beyond MAX_RESET_WAIT_MS, early probes still run this long. */
export const EARLY_PROBING_CAP_MS = 15_000;
/** Early probes go out this often while the reset moment is far. */
export const EARLY_PROBE_INTERVAL_MS = 1_000;
/** How much earlier than the named moment a full allowance must return to prove Reset false. */
export const TRUTH_SLACK_MS = 1_000;
/**
 * The least a window's end must come before the moment the denial named for the recovery to spend
 * a request there: less saves too little waiting for what the request costs.
 */
export const WINDOW_TURN_LEAD_MS = 200;
/** Whole-second rounding: when denied at the named moment, the recovery tries once more this much later. */
export const ROUNDING_RETRY_MS = 1_000;

/**
 * The largest first wave and the most requests kept in flight, whatever Limit says; the burst
 * connection pipelines this many, so that the whole first wave goes out at once.
 */
export const MOST_AT_ONCE = 2_000;
const MOST_IN_FLIGHT = 2_000;

/**
 * How the burst keeps requests in flight on its one pipelined connection, so that it outruns the
 * advertised allowance within one window whatever the round trip: the whole allowance and two
 * more at once (a window, or a full bucket, must deny the last), then enough in flight to send
 * twice Limit a second until a denial comes back (a bucket refills meanwhile).
 */
export interface BurstPlan {
  /** Requests sent at once at the start. */
  wave: number;
  /** Requests kept in flight after the first wave. */
  depth: number;
  /**
   * The most requests the burst sends: the wave, twice the depth, and twice Limit more for what a
   * bucket refills meanwhile. It drains only at what the checker sends beyond Limit a second, and
   * where the server answers fewer than twice Limit a second (1.4 to 1.6 times Limit, seen with the
   * reference server 300 ms away at 1000/s) a full bucket of Limit takes 2.5 to 3.5 Limit to empty.
   */
  requestCap: number;
  /** The round trip the plan was made for (ms). */
  roundTripMs: number;
  /** Set when the burst went on a pool of connections instead (see PoolPlan). */
  pool?: PoolPlan;
}

/**
 * Added to the measured round trip where the burst reckons how many requests to keep in flight: the
 * server's own time per answer, and the sample's round trip measured a little short.
 */
const IN_FLIGHT_MARGIN_MS = 5;

/** Requests in flight that keep twice Limit a second going across `roundTripMs`. */
function inFlightFor(limit: number, roundTripMs: number): number {
  return Math.ceil((2 * limit * (roundTripMs + IN_FLIGHT_MARGIN_MS)) / 1000);
}

export function burstPlan(limit: number, roundTripMs: number): BurstPlan {
  const wave = Math.min(limit + 2, MOST_AT_ONCE);
  const depth = Math.min(Math.max(2, inFlightFor(limit, roundTripMs)), MOST_IN_FLIGHT);
  return { wave, depth, requestCap: wave + 2 * depth + 2 * limit, roundTripMs };
}

/** "sent 12 of at most 34 (Limit + 2 at once, then 3 in flight, for a 100 ms round trip)". */
export function describePlan(plan: BurstPlan, sent: number): string {
  const head = `${sent} burst requests sent, of at most ${plan.requestCap}`;
  const trip = `for a round trip of ${Math.round(plan.roundTripMs)} ms`;
  const pool = plan.pool;
  if (!pool)
    return `${head}: ${plan.wave} at once on one pipelined connection, then ${plan.depth} in flight, ${trip}`;
  // The denial may come back from what the pipelined connection had sent before the pool began.
  if (pool.pipelinedSent >= sent)
    return `${head}: all on one pipelined connection, ${trip}; the target does not pipeline (${pool.why}), but its answers met the denial before the rest went on a pool`;
  const before = pool.pipelinedSent > 0 ? `${pool.pipelinedSent} on one pipelined connection, ` : '';
  return `${head}: ${before}${describePool(pool)}; ${trip}`;
}

/** The most connections the burst opens at once when the target does not pipeline. */
export const MOST_CONNECTIONS = 32;
/**
 * The least time between two requests of the burst on separate connections: the trace keeps them
 * in the order sent, which is the order the server saw them only while sends stay further apart
 * than the path's round trips vary.
 */
export const LEAST_SPACING_MS = 2;

/**
 * How the burst sends when its one connection does not pipeline (the target answers one request
 * per connection, or closes it): on a pool of connections, one request at a time on each. First
 * a wave of the whole allowance and two more (as the pipelined burst), LEAST_SPACING_MS apart, so
 * that they reach the server as nearly at once as an order can be kept (a bucket must not refill
 * between them, or one request too many is explained by a refill); then twice Limit a second,
 * spaced evenly, as long as no denial comes back. The pool holds the wave, or enough connections
 * to keep twice Limit a second in flight across the round trip and one spare, at most
 * MOST_CONNECTIONS.
 */
export interface PoolPlan {
  connections: number;
  /** Requests of the first wave, LEAST_SPACING_MS apart. */
  wave: number;
  /** Time between two sends after the wave (ms). */
  spacingMs: number;
  /** Why the burst left (or never took) its pipelined connection. */
  why: string;
  /** Requests sent on the pipelined connection before the pool took over. */
  pipelinedSent: number;
}

export function poolPlan(limit: number, roundTripMs: number, why: string, pipelinedSent: number): PoolPlan {
  const busy = inFlightFor(limit, roundTripMs);
  const wave = limit + 2;
  const connections = Math.min(Math.max(wave, busy + 1), MOST_CONNECTIONS);
  return {
    connections,
    wave: Math.min(wave, connections),
    spacingMs: Math.max(LEAST_SPACING_MS, 1000 / (2 * limit)),
    why,
    pipelinedSent,
  };
}

/** "on 12 connections (at most 32), 12 requests 2 ms apart and then one every 50 ms, because ...". */
export function describePool(pool: PoolPlan): string {
  return `on ${pool.connections} connections (at most ${MOST_CONNECTIONS}), ${pool.wave} requests ${LEAST_SPACING_MS} ms apart and then one every ${Number(pool.spacingMs.toFixed(1))} ms, because the target does not pipeline: ${pool.why}`;
}
