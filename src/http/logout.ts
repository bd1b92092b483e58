import type { Operation } from '../contract/contract';
import { type HttpResponse, type SendOptions, TransportError } from './client';
import { oneAfterAnother, type SendAll } from './one-after-another';

/** The statuses that say the target has no logout route: nothing is ended, and nothing is wrong. */
const NOT_OFFERED = new Set([404, 405]);

/** What came of one logout. */
type Ending = 'ended' | 'refused' | 'not-offered' | 'no-answer';

/**
 * Ends the sessions a run opened with the document's logout operation (`x-role: logout`; a
 * document without one ends nothing, and that is no fault of the target), one logout a session,
 * each presenting its own credentials (`Authorization: Bearer …`, or the session cookie). Ending
 * them is a courtesy to the target, never part of a verdict: a refusal is left as it is. The first
 * logout goes alone, unless the target is known to offer the logout (`offered`: one was answered
 * already): a target that offers no logout (404, 405) or does not answer is not asked again. The
 * others then go through `sendRest` (one after another unless the caller sends them together:
 * each ends a session of its own). Returns how many sessions it ended.
 */
export async function endSessions(
  send: (options: SendOptions) => Promise<HttpResponse>,
  logout: Pick<Operation, 'method' | 'path'> | undefined,
  sessions: readonly Record<string, string>[],
  { sendRest = oneAfterAnother, offered = false }: { sendRest?: SendAll; offered?: boolean } = {},
): Promise<number> {
  const [first, ...rest] = sessions;
  if (!logout || !first) return 0;
  const endOne = (headers: Record<string, string>) => end(send, logout, headers);
  const endAll = (all: readonly Record<string, string>[]) =>
    sendRest(all.map((headers) => () => endOne(headers)));
  const ended = (endings: Ending[]) => endings.filter((ending) => ending === 'ended').length;
  if (offered) return ended(await endAll(sessions));
  const firstEnding = await endOne(first);
  if (firstEnding === 'not-offered' || firstEnding === 'no-answer') return 0;
  return ended([firstEnding, ...(await endAll(rest))]);
}

/** Whether a logout's answer shows the target offering the logout: it answered, and not 404 or 405. */
export function offersLogout(status: number): boolean {
  return !NOT_OFFERED.has(status);
}

async function end(
  send: (options: SendOptions) => Promise<HttpResponse>,
  logout: Pick<Operation, 'method' | 'path'>,
  headers: Record<string, string>,
): Promise<Ending> {
  let response: HttpResponse;
  try {
    response = await send({ method: logout.method, path: logout.path, headers });
  } catch (error) {
    if (error instanceof TransportError) return 'no-answer';
    throw error;
  }
  if (!offersLogout(response.status)) return 'not-offered';
  return response.status >= 200 && response.status < 300 ? 'ended' : 'refused';
}
