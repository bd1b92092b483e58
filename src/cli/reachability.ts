import { type HttpClient, type HttpResponse, TransportError } from '../http/client';
import { CannotRun } from './usage-error';

/**
 * One quick request before the suites run, so that an unreachable target ends the run at once
 * with why (refused, unknown host, timeout, TLS). Any HTTP answer, whatever its status, will do:
 * it is returned for the diagnoses that read it (target-diagnosis.ts).
 */
export async function reachTarget(client: HttpClient, target: string, path: string): Promise<HttpResponse> {
  try {
    return await client.send({ method: 'GET', path, paced: false });
  } catch (error) {
    if (!(error instanceof TransportError)) throw error;
    const reason = error.exchange.transportError ?? error.message;
    const hint = /CERT|SSL|TLS|certificate/i.test(reason)
      ? ' (--insecure skips verifying the certificate)'
      : '';
    throw new CannotRun(`cannot reach ${target}: ${reason}${hint}`);
  }
}
