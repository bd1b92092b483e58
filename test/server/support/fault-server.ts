import { createReferenceServer, type ServerOptions } from '../../../src/server';
import { SteppingClock } from './stepping-clock';

/** A server with one fault on, a generous limit and a clock that stands still unless moved. */
export function faultServer(fault: string, options: Partial<ServerOptions> = {}) {
  const clock = new SteppingClock();
  return { server: createReferenceServer({ rate: 1000, clock, faults: [fault], ...options }), clock };
}
