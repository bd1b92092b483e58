import type http from 'node:http';

/**
 * A server that does not pipeline (`pipelining: false`), as a proxy that forwards one request per
 * connection: the first request on a connection is answered with `Connection: close` and the
 * socket closes after it. Requests pipelined behind it are never handled, so they spend no
 * allowance: the client has to send them again on a new connection.
 */
export interface ConnectionPolicy {
  /** Whether this request is handled at all. */
  admits(incoming: http.IncomingMessage): boolean;
  /** Marks the answer so that the connection closes after it (when one request per connection). */
  beforeWrite(outgoing: http.ServerResponse): void;
}

export function connectionPolicy(pipelining: boolean): ConnectionPolicy {
  if (pipelining) return { admits: () => true, beforeWrite: () => {} };
  const served = new WeakSet<object>();
  return {
    admits(incoming) {
      if (served.has(incoming.socket)) return false;
      served.add(incoming.socket);
      return true;
    },
    beforeWrite(outgoing) {
      outgoing.shouldKeepAlive = false;
      outgoing.setHeader('Connection', 'close');
    },
  };
}
