import { HttpClient, TransportError } from '../http/client';
import { Redactor } from '../http/redactor';
import { CannotRun } from './usage-error';

/**
 * One quick request before the suites run, so that an unreachable target ends the run at once
 * with why (refused, unknown host, timeout, TLS). Any HTTP answer, whatever its status, will do.
 * Returns the number of requests sent.
 */
export async function probeTarget(
  target: string,
  path: string,
  options: { timeoutMs: number; insecure: boolean; password?: string },
): Promise<number> {
  const redactor = new Redactor();
  redactor.add(options.password, 'MM_PASSWORD');
  const url = new URL(target);
  const client = new HttpClient({
    origin: url.origin,
    timeoutMs: options.timeoutMs,
    insecure: options.insecure,
    redactor,
  });
  try {
    await client.send({ method: 'GET', path: `${url.pathname.replace(/\/$/, '')}${path}`, paced: false });
    return client.requestsSent;
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    const reason = error.exchange.transportError ?? error.message;
    const hint = /CERT|SSL|TLS|certificate/i.test(reason)
      ? ' (--insecure skips verifying the certificate)'
      : '';
    throw new CannotRun(`cannot reach ${target}: ${reason}${hint}`);
  } finally {
    await client.close();
  }
}
