import { DEFAULT_SERVER_OPTIONS, type ServerOptions } from './server-options';

export class ServerOptionsError extends Error {}

const CHOICES = {
  limiter: ['fixed-window', 'token-bucket'],
  resetForm: ['seconds-left', 'epoch'],
  limitBody: ['text', 'json'],
  limitPer: ['client', 'connection'],
  logoutEnds: ['its-session', 'every-session'],
} as const;

/** The defaults with `overrides` on top (an undefined override keeps the default), checked. */
export function resolveOptions(overrides: Partial<ServerOptions> = {}): ServerOptions {
  const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const options: ServerOptions = { ...DEFAULT_SERVER_OPTIONS, ...given };
  requireInteger('port', options.port, 0, 65_535);
  requireInteger('rate', options.rate, 1);
  if (options.burst !== undefined) requireInteger('burst', options.burst, 0);
  requireInteger('lockoutAfter', options.lockoutAfter, 1);
  requireInteger('latencyMs', options.latencyMs, 0, 60_000);
  requireInteger('jitterMs', options.jitterMs, 0, 60_000);
  if (typeof options.pipelining !== 'boolean')
    throw new ServerOptionsError(`pipelining must be true or false; got ${options.pipelining}`);
  for (const [name, allowed] of Object.entries(CHOICES)) {
    const value = options[name as keyof typeof CHOICES];
    if (!(allowed as readonly string[]).includes(value)) {
      throw new ServerOptionsError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
    }
  }
  return options;
}

function requireInteger(name: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ServerOptionsError(`${name} must be an integer from ${min} to ${max}; got ${value}`);
  }
}
