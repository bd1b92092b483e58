import type { IncomingMessage } from 'node:http';

/**
 * Whose allowance a request spends: the client's address, without its port, so that all the
 * connections of one client share one budget (as Mattermost keys it by remote address).
 */
export function clientKey(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
