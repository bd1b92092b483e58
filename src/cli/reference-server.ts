// The reference server, loaded only when a command needs it.
import type { ServerOptions } from '../server/server-options';

export interface Fault {
  name: string;
  description: string;
  breaks: string[];
}

export interface RunningReferenceServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startReferenceServer(options: Partial<ServerOptions>): Promise<RunningReferenceServer> {
  const { startServer } = require('../server') as typeof import('../server');
  return startServer(options);
}

export async function referenceFaults(): Promise<readonly Fault[]> {
  const { FAULTS } = require('../server/faults') as typeof import('../server/faults');
  return FAULTS;
}
