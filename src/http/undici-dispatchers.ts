import type { Agent as UndiciAgent, Client as UndiciClient } from 'undici';

// undici's index loads fetch, WebSocket, its caches and mocks with the dispatchers: about 110
// modules where the checker needs 23. Every suite loads its modules afresh in a jest registry of its
// own, so a run paid for that index six times (about 60 ms each). The two classes come from their
// own files instead; they are the same classes the index exports (one module each in Node's cache).
// undici has no "exports" map, so these paths resolve; the lockfile pins the version they were read from.

/** undici's Agent: a pool of connections per origin. */
export const Agent: typeof UndiciAgent = require('undici/lib/dispatcher/agent');
export type Agent = UndiciAgent;
/** undici's Client: one origin's connection, pipelining as many as it is told. */
export const Client: typeof UndiciClient = require('undici/lib/dispatcher/client');
export type Client = UndiciClient;
