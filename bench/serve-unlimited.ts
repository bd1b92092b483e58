// The reference server with a limit no benchmark reaches, for bench/burst-rate.ts: tells its
// parent the URL once it listens.
import { startServer } from '../src/server';

startServer({ port: 0, rate: 1_000_000_000 }).then((server) => process.send?.(server.url));
