import type { IncomingMessage } from 'node:http';
import type { ServerOptions } from '../server-options';

/**
 * Whose allowance a request spends. Per client: the remote address without its port, so that all
 * the connections of one client share one budget (as later Mattermost keys it). Per connection:
 * address and port, so that each TCP connection has a budget of its own (as Mattermost 1.x).
 */
export function clientKey(request: IncomingMessage, per: ServerOptions['limitPer'] = 'client'): string {
  const raw = request.socket.remoteAddress ?? 'unknown';
  const address = raw.startsWith('::ffff:') ? raw.slice('::ffff:'.length) : raw;
  return per === 'connection' ? `${address}:${request.socket.remotePort ?? 0}` : address;
}
