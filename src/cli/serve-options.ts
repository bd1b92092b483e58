import { DEFAULT_SERVER_OPTIONS, type ServerOptions } from '../server/server-options';
import { CannotRun } from './usage-error';

/** The serve command's flags as commander hands them over. */
export interface ServeFlags {
  port?: string;
  host?: string;
  rate?: string;
  limiter?: string;
  burst?: string;
  resetForm?: string;
  limitBody?: string;
  lockoutAfter?: string;
  latency?: string;
  jitter?: string;
  limitPer?: string;
  logoutEnds?: string;
  /** false with --no-pipelining (commander's negated flag). */
  pipelining?: boolean;
  fault?: string[];
  listFaults?: boolean;
}

const LIMITERS: readonly ServerOptions['limiter'][] = ['fixed-window', 'token-bucket'];
const RESET_FORMS: readonly ServerOptions['resetForm'][] = ['seconds-left', 'epoch'];
const LIMIT_BODIES: readonly ServerOptions['limitBody'][] = ['text', 'json'];
const LIMIT_PER: readonly ServerOptions['limitPer'][] = ['client', 'connection'];
const LOGOUT_ENDS: readonly ServerOptions['logoutEnds'][] = ['its-session', 'every-session'];

/**
 * The reference server's options from the flags, over DEFAULT_SERVER_OPTIONS. `faultNames` lets
 * an unknown `--fault` be refused before anything starts. Throws CannotRun.
 */
export function resolveServeOptions(flags: ServeFlags, faultNames: readonly string[]): ServerOptions {
  const faults = [
    ...new Set(
      (flags.fault ?? [])
        .flatMap((f) => f.split(','))
        .map((f) => f.trim())
        .filter(Boolean),
    ),
  ];
  for (const fault of faults) {
    if (!faultNames.includes(fault)) {
      throw new CannotRun(`--fault ${fault}: no such fault (mm-conformance serve --list-faults lists them)`);
    }
  }
  const options: ServerOptions = {
    ...DEFAULT_SERVER_OPTIONS,
    host: flags.host ?? DEFAULT_SERVER_OPTIONS.host,
    port: integer('--port', flags.port, DEFAULT_SERVER_OPTIONS.port, 0, 65_535),
    rate: integer('--rate', flags.rate, DEFAULT_SERVER_OPTIONS.rate, 1, 1_000_000),
    limiter: oneOf('--limiter', flags.limiter, LIMITERS, DEFAULT_SERVER_OPTIONS.limiter),
    resetForm: oneOf('--reset-form', flags.resetForm, RESET_FORMS, DEFAULT_SERVER_OPTIONS.resetForm),
    limitBody: oneOf('--limit-body', flags.limitBody, LIMIT_BODIES, DEFAULT_SERVER_OPTIONS.limitBody),
    lockoutAfter: integer(
      '--lockout-after',
      flags.lockoutAfter,
      DEFAULT_SERVER_OPTIONS.lockoutAfter,
      1,
      1_000_000,
    ),
    latencyMs: integer('--latency', flags.latency, DEFAULT_SERVER_OPTIONS.latencyMs, 0, 60_000),
    jitterMs: integer('--jitter', flags.jitter, DEFAULT_SERVER_OPTIONS.jitterMs, 0, 60_000),
    limitPer: oneOf('--limit-per', flags.limitPer, LIMIT_PER, DEFAULT_SERVER_OPTIONS.limitPer),
    pipelining: flags.pipelining ?? DEFAULT_SERVER_OPTIONS.pipelining,
    logoutEnds: oneOf('--logout-ends', flags.logoutEnds, LOGOUT_ENDS, DEFAULT_SERVER_OPTIONS.logoutEnds),
    faults,
  };
  if (flags.burst !== undefined) {
    if (options.limiter !== 'token-bucket')
      throw new CannotRun('--burst applies only to --limiter token-bucket');
    options.burst = integer('--burst', flags.burst, 0, 0, 1_000_000);
  }
  return options;
}

function integer(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new CannotRun(`${flag} ${text}: expected a whole number from ${min} to ${max}`);
  }
  return value;
}

function oneOf<T extends string>(
  flag: string,
  text: string | undefined,
  values: readonly T[],
  fallback: T,
): T {
  if (text === undefined) return fallback;
  if ((values as readonly string[]).includes(text)) return text as T;
  throw new CannotRun(`${flag} ${text}: expected ${values.join(' or ')}`);
}
