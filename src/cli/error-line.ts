import { CommanderError } from 'commander';
import { CannotRun } from './usage-error';

const PREFIX = 'mm-conformance: error: ';

/** Why the run cannot be done, as the one line printed on stderr. */
export function errorLine(error: unknown): string {
  if (error instanceof CommanderError) return `${PREFIX}${oneLine(error.message.replace(/^error: /, ''))}`;
  if (error instanceof CannotRun) return `${PREFIX}${oneLine(error.message)}`;
  const message = error instanceof Error ? error.message : String(error);
  return `${PREFIX}unexpected failure: ${oneLine(message) || 'no message'}`;
}

/** Every line of a message joined into one, so that stderr gets exactly one line. */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}
