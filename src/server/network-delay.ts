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
  // Each connection's last arrival: a request arrives no sooner than the one before it, even when
  // its own moment has already passed (a long pipelined batch), so the server sees them in order.
  const lastArrival = new WeakMap<object, { at: number; arrived: Promise<void> }>();
  const half = () => latencyMs / 2 + random() * jitterMs;
  return {
    arrive(connection) {
      const previous = lastArrival.get(connection);
      const at = Math.max(Date.now() + half(), previous?.at ?? 0);
      const arrived = (previous?.arrived ?? Promise.resolve()).then(() => sleep(at - Date.now()));
      lastArrival.set(connection, { at, arrived });
      return arrived;
    },
    depart: () => sleep(half()),
  };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
