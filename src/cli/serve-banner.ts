import type { ServerOptions } from '../server/server-options';
import { DEMO_ACCOUNT } from '../server/server-options';
import type { Fault } from './reference-server';

/** `serve --list-faults`: each fault's name, the clauses it breaks, and what it does. */
export function formatFaultList(faults: readonly Fault[]): string {
  const width = Math.max(...faults.map((f) => f.name.length));
  const lines = faults.map(
    (f) => `${f.name.padEnd(width)}  breaks ${f.breaks.join(', ')}\n${' '.repeat(width + 2)}${f.description}`,
  );
  return `${lines.join('\n')}\n\n${faults.length} faults; turn one on with: mm-conformance serve --fault NAME\n`;
}

/** What `serve` prints once it listens: where, the account, the options in force, the faults on. */
export function formatServeBanner(url: string, options: ServerOptions, faults: readonly Fault[]): string {
  const limiter =
    options.limiter === 'token-bucket'
      ? `token-bucket, burst ${options.burst ?? options.rate}`
      : 'fixed-window (one-second window)';
  const on = options.faults.map(
    (name) => faults.find((f) => f.name === name) ?? { name, breaks: [], description: '' },
  );
  const faultLines =
    on.length === 0
      ? ['  faults:        none (every documented promise kept)']
      : on.map(
          (f, i) =>
            `  ${i === 0 ? 'faults:' : ''.padEnd(7)}        ${f.name} — breaks ${f.breaks.join(', ')}`,
        );
  return [
    `mm-conformance reference server listening on ${url}`,
    `  account:       team ${DEMO_ACCOUNT.team}, email ${DEMO_ACCOUNT.email}, password ${DEMO_ACCOUNT.password} (the document's example)`,
    `  rate limit:    ${options.rate} requests/s per ${options.limitPer}, ${limiter}`,
    `  429:           X-Ratelimit-Reset as ${options.resetForm}, body ${options.limitBody === 'text' ? 'text (limit exceeded)' : 'JSON error body'}`,
    `  lockout:       after ${options.lockoutAfter} wrong passwords in a row`,
    ...(options.latencyMs > 0 || options.jitterMs > 0
      ? [
          `  network:       ${options.latencyMs} ms round trip${options.jitterMs > 0 ? `, + up to ${options.jitterMs} ms jitter each way` : ''} (simulated)`,
        ]
      : []),
    ...(options.pipelining
      ? []
      : ['  connections:   one request each, answered with Connection: close (no pipelining)']),
    ...(options.logoutEnds === 'every-session'
      ? ['  logout:        ends every session of its user, not only its own']
      : []),
    ...faultLines,
    `Check it with: mm-conformance --target ${url} --team ${DEMO_ACCOUNT.team} --email ${DEMO_ACCOUNT.email} (MM_PASSWORD=${DEMO_ACCOUNT.password})`,
    'Ctrl-C stops it.',
    '',
  ].join('\n');
}
