/**
 * A simulated network between the checker and the reference server, so that tests and users can
 * reproduce a round trip on loopback: half of it passes before the server sees a request, half
 * before its answer leaves. Jitter adds up to `jitterMs` more to each half at random. Requests on
 * one connection still arrive in the order they were sent, as they do over TCP.
 */
export interface NetworkDelay {
  /** Resolves when a request read from `connection` would have arrived. */
  arrive(connection: object): Promise<void>;
  /** Resolves when an answer would have crossed back. */
  depart(): Promise<void>;
}

export function networkDelay(latencyMs: number, jitterMs: number, random = Math.random): NetworkDelay {
  if (latencyMs <= 0 && jitterMs <= 0)
    return { arrive: () => Promise.resolve(), depart: () => Promise.resolve() };
  const lastArrival = new WeakMap<object, number>();
  const half = () => latencyMs / 2 + random() * jitterMs;
  return {
    arrive(connection) {
      const at = Math.max(Date.now() + half(), lastArrival.get(connection) ?? 0);
      lastArrival.set(connection, at);
      return sleep(at - Date.now());
    },
    depart: () => sleep(half()),
  };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
