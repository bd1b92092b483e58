import type { TracedResponse } from './trace';

/**
 * The network between the checker and the target, as the trace shows it. A round trip is the
 * time from sending a request to reading its answer: the network both ways plus the server's work.
 */
export interface NetworkFigures {
  /** The shortest round trip of the paced sample (ms). */
  roundTripMs: number;
  /** How much the sample's round trips varied (ms): the longest minus the shortest. */
  spreadMs: number;
}

export function measureNetwork(responses: readonly TracedResponse[]): NetworkFigures | undefined {
  const trips = responses.map((r) => r.receivedAtMs - r.sentAtMs);
  if (trips.length === 0) return undefined;
  const shortest = Math.min(...trips);
  return { roundTripMs: shortest, spreadMs: Math.max(...trips) - shortest };
}

/**
 * The least time any round trip of the trace spent on the network (ms): the shortest round trip,
 * less the server's and our own work in it (at least 2 ms, or 5%). A span between our send of one
 * request and our receipt of another, less this, bounds the span the server saw between them.
 */
export function pathFloorMs(responses: readonly TracedResponse[]): number {
  const network = measureNetwork(responses);
  if (!network) return 0;
  const work = Math.max(2, network.roundTripMs * 0.05);
  return Math.max(0, network.roundTripMs - work);
}
