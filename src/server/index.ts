// The reference server: a small, faithful implementation of the documented contract, with faults
// that each break one promise of it, so that every check of the checker is shown able to fail.
export type { User } from './auth/user';
export type { Clock } from './clock';
export { createReferenceServer } from './create-server';
export { FAULTS, type Fault, faultByName, UnknownFaultError } from './faults';
export { ServerOptionsError } from './resolve-options';
export { DEFAULT_SERVER_OPTIONS, DEMO_ACCOUNT, type ServerOptions } from './server-options';
export { type RunningServer, startServer } from './start-server';
