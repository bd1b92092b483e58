#!/usr/bin/env node
// The mm-conformance command. Only commander and small modules load here: jest, the HTTP client
// and the reference server load when a run needs them, so that --help and --list stay instant.
import { CommanderError } from 'commander';
import { Redactor } from '../http/redactor';
import type { CheckFlags } from './check-options';
import { errorLine } from './error-line';
import { buildProgram } from './program';
import type { ServeFlags } from './serve-options';
import { EXIT } from './usage-error';
import { toolVersion } from './version';

export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.pass;
  const program = buildProgram(toolVersion(), {
    async check(flags: CheckFlags, operands: string[]) {
      code = await (require('./check-command') as typeof import('./check-command')).check(flags, operands);
    },
    async serve(flags: ServeFlags) {
      code = await (require('./serve-command') as typeof import('./serve-command')).serve(flags);
    },
  });
  try {
    await program.parseAsync([...argv]);
    return code;
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return EXIT.pass;
    const secrets = [process.env.MM_PASSWORD, program.opts<CheckFlags>().password];
    process.stderr.write(`${withoutSecrets(errorLine(error), secrets)}\n`);
    if (process.env.MMC_DEBUG && error instanceof Error) {
      process.stderr.write(`${withoutSecrets(String(error.stack), secrets)}\n`);
    }
    return EXIT.cannotRun;
  }
}

/** An unexpected failure's message may quote what was sent: the password never reaches the screen. */
function withoutSecrets(text: string, secrets: (string | undefined)[]): string {
  const redactor = new Redactor();
  for (const secret of secrets) redactor.add(secret, 'MM_PASSWORD');
  return redactor.redact(text);
}

/** Exits once stdout and stderr have drained (pending sockets and timers must not keep us). */
function exit(code: number): void {
  let pending = 2;
  const done = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}

if (require.main === module) {
  // A reader that goes away (`| head`) ends the output, not the run: its exit code still counts.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  main(process.argv).then(exit, (error: unknown) => {
    process.stderr.write(`${errorLine(error)}\n`);
    exit(EXIT.cannotRun);
  });
}
