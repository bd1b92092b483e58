import type { Operation } from '../contract/contract';
import { type HttpResponse, type SendOptions, TransportError } from './client';

/** The statuses that say the target has no logout route: nothing is ended, and nothing is wrong. */
const NOT_OFFERED = new Set([404, 405]);

/**
 * Ends the sessions a run opened with the document's logout operation (`x-role: logout`; a
 * document without one ends nothing, and that is no fault of the target), one logout a session, each presenting its own credentials
 * (`Authorization: Bearer …`, or the session cookie). Ending them is a courtesy to the target,
 * never part of a verdict: a refusal is left as it is, and a target that offers no logout (404,
 * 405) or does not answer is not asked again for the rest. Returns how many sessions it ended.
 */
export async function endSessions(
  send: (options: SendOptions) => Promise<HttpResponse>,
  logout: Pick<Operation, 'method' | 'path'> | undefined,
  sessions: readonly Record<string, string>[],
): Promise<number> {
  let ended = 0;
  if (!logout) return ended;
  for (const headers of sessions) {
    let response: HttpResponse;
    try {
      response = await send({ method: logout.method, path: logout.path, headers });
    } catch (error) {
      if (error instanceof TransportError) return ended;
      throw error;
    }
    if (NOT_OFFERED.has(response.status)) return ended;
    if (response.status >= 200 && response.status < 300) ended++;
  }
  return ended;
}
