/**
 * A file the user handed the gate (waivers, baseline, config) cannot be used. The message is one
 * line, `file:line: what is wrong` where a line is known; the CLI prints it and exits 2.
 */
export class InputFileError extends Error {
  readonly kind = 'input-file-error';
}
