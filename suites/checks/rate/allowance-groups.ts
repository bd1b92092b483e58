import { inPhase, isAllowed, LABELS, largestLimit, type Trace, type TracedResponse } from './trace';

/**
 * Whose allowance each response of the burst spent. A limiter keyed by connection (address and
 * port, as Mattermost 1.x) gives every new socket a fresh allowance, and a burst on a target that
 * does not pipeline opens a socket per request. The trace shows such a limiter when the burst went
 * over two sockets or more and each socket's first answer was allowed with the full allowance
 * (Remaining Limit - 1): one allowance shared by the client would have shown less on all but the
 * first. Then each socket's answers are an allowance of their own; otherwise the whole burst is one.
 */
export function perConnection(trace: Trace): boolean {
  const limit = largestLimit(trace.responses);
  if (limit === undefined) return false;
  const firsts = [...firstOnEachSocket(inPhase(trace, 'burst')).values()];
  return firsts.length >= 2 && firsts.every((r) => isAllowed(trace, r) && r.rate.remaining === limit - 1);
}

/** The burst as the allowances it spent, each in the order the server answered: one per socket, or one. */
export function allowanceGroups(trace: Trace): TracedResponse[][] {
  const burst = inPhase(trace, 'burst');
  if (!perConnection(trace)) return burst.length === 0 ? [] : [burst];
  const groups = new Map<string, TracedResponse[]>();
  for (const r of burst) {
    const group = groups.get(r.connection);
    if (group) group.push(r);
    else groups.set(r.connection, [r]);
  }
  return [...groups.values()];
}

/** One allowance's responses before its first denial. */
export function allowedOf(trace: Trace, group: readonly TracedResponse[]): TracedResponse[] {
  const end = group.findIndex((r) => !isAllowed(trace, r));
  return end < 0 ? [...group] : group.slice(0, end);
}

/** "each of the 22 sockets of the burst had an allowance of its own" — for notes; '' for one allowance. */
export function describeGroups(trace: Trace, groups: readonly TracedResponse[][]): string {
  if (groups.length < 2) return '';
  const limit = largestLimit(trace.responses);
  return `Each of the ${groups.length} sockets of the burst had an allowance of its own (each one's first answer said ${trace.names.rateRemaining} ${limit === undefined ? '' : limit - 1}, the full allowance, as a limiter keyed by address and port gives): judged socket by socket.`;
}

function firstOnEachSocket(responses: readonly TracedResponse[]): Map<string, TracedResponse> {
  const firsts = new Map<string, TracedResponse>();
  for (const r of responses) if (!firsts.has(r.connection)) firsts.set(r.connection, r);
  return firsts;
}

/**
 * Whether `response` spent the same allowance as `denial`: the same socket, or any socket once the
 * scope showed one allowance for the client (a fresh connection right after the denial was denied
 * too). A target that closes every connection carries each request on a new socket: without that
 * evidence, its later requests could not count.
 */
export function sameAllowance(trace: Trace, denial: TracedResponse, response: TracedResponse): boolean {
  if (response.connection === denial.connection) return true;
  const fresh = trace.responses.find((r) => r.label === LABELS.freshConnection);
  return fresh !== undefined && !isAllowed(trace, fresh) && response.connection !== 'pool';
}
