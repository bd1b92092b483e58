import type { ServerOptions } from '../../src/server';
import { FAULTS, type Fault } from '../../src/server/faults';
import type { ServerCheck } from '../support/check-servers';
import { MATRIX_ROUND_TRIPS } from './round-trips';

/** One server the matrix checks: its options, named for the table. */
export interface Variant {
  name: string;
  server: Partial<ServerOptions>;
}

/** One run of the matrix: a server (clean, or with one fault on), checked once. */
export interface MatrixRun {
  fault?: Fault;
  variant: Variant;
  check: ServerCheck;
  /** Clauses the variant itself leaves nothing to judge: they end `skip`, with why. */
  skips?: string[];
}

/** Faults run at a limit high enough that pacing rarely waits, low enough for a quick burst. */
export const MATRIX_RATE = 50;

/** Areas whose checks do not depend on time: judged in real time, on loopback. */
const TIMELESS_AREAS = ['api.', 'auth.', 'errors.', 'op.'];

// Every reading of the document a server may choose: the two limiters, the two Reset forms, the two
// 429 bodies. Each rate fault runs in all eight.
const LIMITERS = [
  ['fixed window', { limiter: 'fixed-window' }],
  ['token bucket', { limiter: 'token-bucket' }],
] as const;
const RESET_FORMS = [
  ['Reset in seconds left', { resetForm: 'seconds-left' }],
  ['Reset in epoch seconds', { resetForm: 'epoch' }],
] as const;
const LIMIT_BODIES = [
  ['text 429', { limitBody: 'text' }],
  ['JSON 429', { limitBody: 'json' }],
] as const;

export const READINGS: Variant[] = LIMITERS.flatMap(([limiter, l]) =>
  RESET_FORMS.flatMap(([reset, r]) =>
    LIMIT_BODIES.map(([body, b]) => ({
      name: `${limiter}, ${reset}, ${body}`,
      server: { ...l, ...r, ...b, rate: MATRIX_RATE },
    })),
  ),
);

/** The first reading is the reference server's default. */
const DEFAULT_READING = READINGS[0] as Variant;

/**
 * The clean server in real time, at 10/s: each reading a checker meets first, the whole checker
 * (pacing, every suite) against the real clock. Limits a run must wait out (1/s) or outrun (1000/s)
 * are judged on the virtual clock: in real time they measure the machine's load, not the checker.
 */
export const CLEAN_VARIANTS: Variant[] = [
  { name: 'fixed window, 10/s, Reset in seconds left, text 429', server: {} },
  { name: 'fixed window, 10/s, Reset in epoch seconds', server: { resetForm: 'epoch' } },
  { name: 'fixed window, 10/s, JSON 429 body', server: { limitBody: 'json' } },
  { name: 'token bucket, 10/s', server: { limiter: 'token-bucket' } },
  {
    name: 'token bucket, 10/s, burst 3, epoch Reset, JSON 429',
    server: { limiter: 'token-bucket', burst: 3, resetForm: 'epoch', limitBody: 'json' },
  },
];

/** The clean server on the virtual clock beside the eight readings: the limits at their extremes. */
const CLEAN_VIRTUAL_EXTREMES: Variant[] = [
  { name: 'fixed window, 1/s', server: { rate: 1 } },
  { name: 'fixed window, 1000/s', server: { rate: 1000 } },
  { name: 'token bucket, 1/s', server: { limiter: 'token-bucket', rate: 1 } },
  // Full again 3 s after the burst: a Reset far enough out for spaced probes to test it.
  { name: 'token bucket, 1/s, burst 3', server: { limiter: 'token-bucket', rate: 1, burst: 3 } },
  { name: 'token bucket, 10/s, burst 3', server: { limiter: 'token-bucket', rate: 10, burst: 3 } },
  { name: 'token bucket, 1000/s', server: { limiter: 'token-bucket', rate: 1000 } },
];

/** A fault that breaks a rate clause: its rate clauses are judged on the virtual clock, in every reading. */
export const isRateFault = (fault: Fault) => fault.breaks.some((id) => id.startsWith('rate.'));

const at = (variant: Variant, roundTripMs: number): Variant =>
  roundTripMs === 0 ? variant : { ...variant, name: `${variant.name}, ${roundTripMs} ms away` };

/**
 * The clean server in real time. Timing-sensitive: run alone. The first variant at each clean
 * round trip, the others on loopback: a real round trip costs its length on every request, and the
 * virtual clock already takes every reading across every round trip.
 */
export function cleanRealRuns(): MatrixRun[] {
  return CLEAN_VARIANTS.flatMap((variant, i) =>
    (i === 0 ? MATRIX_ROUND_TRIPS.clean : [0]).map((roundTripMs) => ({
      variant: at(variant, roundTripMs),
      check: { server: variant.server, roundTripMs },
    })),
  );
}

/** The rate clause whose selection sends the burst, judged beside the timeless areas of a fault that shows in it. */
const BURST_CLAUSE = 'rate.limit-enforced';

/**
 * The limit at which each fault's timeless areas run: high enough that the allowance the checks
 * before the suites see covers the areas side by side, as a user's run against such a server has them.
 */
const SIDE_BY_SIDE_RATE = 1000;

/**
 * Each fault alone in real time, in the default reading at 1000/s, on loopback, after the pacer
 * has read one answer (as the CLI's checks before the suites leave it): the suites that do not
 * depend on time, side by side. A fault that shows only under other options (`shows`) runs under
 * them, at the clean server's 10/s, the areas one after another; one that shows only in the rate
 * burst has the burst sent too (its one clause judged).
 */
export function faultRealRuns(): MatrixRun[] {
  return FAULTS.map((fault) => {
    if (!fault.shows)
      return {
        fault,
        variant: {
          name: `${DEFAULT_READING.name}, ${SIDE_BY_SIDE_RATE}/s, side by side, real time`,
          server: { ...DEFAULT_READING.server, rate: SIDE_BY_SIDE_RATE },
        },
        check: {
          server: { ...DEFAULT_READING.server, rate: SIDE_BY_SIDE_RATE, faults: [fault.name] },
          only: TIMELESS_AREAS,
          preflight: true,
        },
      };
    const options = Object.entries(fault.shows.server).map(([k, v]) => `, ${k} ${v}`);
    return {
      fault,
      variant: {
        name: `fixed window, 10/s${options.join('')}${fault.shows.inBurst ? ', with the burst' : ''}, real time`,
        server: fault.shows.server,
      },
      check: {
        server: { ...fault.shows.server, faults: [fault.name] },
        only: fault.shows.inBurst ? [...TIMELESS_AREAS, BURST_CLAUSE] : TIMELESS_AREAS,
      },
    };
  });
}

/**
 * The rate clauses on the virtual clock: the clean server and each rate fault in all eight
 * readings, at each of their round trips; every other fault in the default reading on loopback (it
 * must leave the rate clauses alone).
 */
export function virtualRuns(): MatrixRun[] {
  const clean = [...READINGS, ...CLEAN_VIRTUAL_EXTREMES].flatMap((variant) =>
    MATRIX_ROUND_TRIPS.clean.map((roundTripMs) => ({
      variant: at(variant, roundTripMs),
      check: { server: variant.server, clock: 'virtual' as const, roundTripMs },
    })),
  );
  const faults = FAULTS.flatMap((fault) =>
    (isRateFault(fault) ? READINGS : [DEFAULT_READING]).flatMap((variant) =>
      (isRateFault(fault) ? MATRIX_ROUND_TRIPS.rateFaults : [0]).map((roundTripMs) => ({
        fault,
        variant: at(variant, roundTripMs),
        check: {
          server: { ...variant.server, faults: [fault.name] },
          clock: 'virtual' as const,
          roundTripMs,
        },
      })),
    ),
  );
  return [...clean, ...faults];
}

/** The round trip at which the connection variants run: a pool of connections must outrun Limit across it. */
export const CONNECTION_ROUND_TRIP_MS = 100;

/**
 * With one request per connection and an allowance per connection, no client can spend an
 * allowance: every clause that needs a denial has nothing to judge.
 */
const NOTHING_DENIED = [
  'rate.limit-enforced',
  'rate.limit-response-headers',
  'rate.limit-body',
  'rate.recovers-after-reset',
  'rate.reset-truthful',
  'rate.budget-scope',
];

/** The faults the connection variants must still catch when the burst goes on a pool. */
const POOLED_RATE_FAULTS = ['limit-not-enforced', 'limit-one-over', 'reset-overstated'];

/**
 * The rate clauses in real time against a server that does not pipeline (one request per
 * connection, Connection: close), keys its allowance per connection, or both, a round trip away:
 * the burst falls back to a pool of connections, and the judges read each connection's allowance
 * where it has its own. A real process, since the virtual clock's connections always pipeline.
 */
export function connectionRuns(): MatrixRun[] {
  const away = (server: Partial<ServerOptions>): MatrixRun['check'] => ({
    server,
    roundTripMs: CONNECTION_ROUND_TRIP_MS,
    only: ['rate.'],
  });
  const run = (name: string, server: Partial<ServerOptions>, skips?: string[]): MatrixRun => ({
    variant: at({ name, server }, CONNECTION_ROUND_TRIP_MS),
    check: away(server),
    ...(skips ? { skips } : {}),
  });
  const clean = [
    run('no pipelining', { pipelining: false }),
    run('an allowance per connection', { limitPer: 'connection' }),
    run(
      'no pipelining, an allowance per connection',
      { pipelining: false, limitPer: 'connection' },
      NOTHING_DENIED,
    ),
  ];
  const faults = FAULTS.filter((f) => POOLED_RATE_FAULTS.includes(f.name)).map((fault) => ({
    ...run('no pipelining', { pipelining: false, faults: [fault.name] }),
    fault,
  }));
  return [...clean, ...faults];
}
