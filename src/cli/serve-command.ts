import { referenceFaults, startReferenceServer } from './reference-server';
import { formatFaultList, formatServeBanner } from './serve-banner';
import { resolveServeOptions, type ServeFlags } from './serve-options';
import { CannotRun, EXIT } from './usage-error';

/** `serve`: the reference server in the foreground until SIGINT or SIGTERM; or `--list-faults`. */
export async function serve(flags: ServeFlags): Promise<number> {
  const faults = await referenceFaults();
  if (flags.listFaults) {
    process.stdout.write(formatFaultList(faults));
    return EXIT.pass;
  }
  const options = resolveServeOptions(
    flags,
    faults.map((f) => f.name),
  );
  let server: Awaited<ReturnType<typeof startReferenceServer>>;
  try {
    server = await startReferenceServer(options);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new CannotRun(`cannot listen on ${options.host}:${options.port}: the port is in use`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new CannotRun(`cannot listen on ${options.host}: no such local address`);
    }
    if (code === 'EACCES')
      throw new CannotRun(`cannot listen on ${options.host}:${options.port}: permission denied`);
    throw new CannotRun(`the reference server could not start: ${(error as Error).message}`);
  }
  process.stdout.write(formatServeBanner(server.url, options, faults));
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  process.stderr.write(`stopped (${signal})\n`);
  return EXIT.pass;
}
