import type { AddressInfo } from 'node:net';
import { createReferenceServer } from './create-server';
import { resolveOptions } from './resolve-options';
import type { ServerOptions } from './server-options';

export interface RunningServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  port: number;
  /** Stops listening and drops open connections; closing again does nothing. */
  close(): Promise<void>;
}

/** Starts the reference server on `options.host` and `options.port` (0 picks a free port). */
export async function startServer(overrides: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const { host, port } = resolveOptions(overrides);
  const server = createReferenceServer(overrides);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
