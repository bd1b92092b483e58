import { readFileSync } from 'node:fs';
import { InputFileError } from './input-file-error';
import { lazyValidator } from './lazy-validator';
import type { Waiver, WaiverFile } from './waiver';
import schema from './waivers.schema.json';
import { readYamlSource, schemaErrorLine } from './yaml-source';

const validator = lazyValidator<Waiver[]>(schema);

/**
 * Reads a waivers file (YAML) and refuses it, with `file:line: what is wrong`, unless it matches
 * waivers.schema.json, each clause names at least one clause of the catalogue, and no clause is
 * waived twice. `shownAs` is the path as the user gave it.
 */
export function readWaivers(file: string, clauseIds: readonly string[], shownAs = file): WaiverFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputFileError(`cannot read the waivers file ${shownAs}: ${(error as Error).message}`);
  }
  return parseWaivers(shownAs, text, clauseIds);
}

export function parseWaivers(file: string, text: string, clauseIds: readonly string[]): WaiverFile {
  const source = readYamlSource(file, text);
  if (source.data === null || source.data === undefined) {
    throw new InputFileError(`${file}:1: the file is empty (expected a list of {clause, reason, expires})`);
  }
  const validate = validator();
  if (!validate(source.data)) {
    const [first] = validate.errors ?? [];
    if (first?.instancePath === '' && first.keyword === 'type') {
      throw new InputFileError(`${file}:1: expected a list of waivers, each {clause, reason, expires}`);
    }
    throw new InputFileError(first ? schemaErrorLine(source, first) : `${file}:1: not a waivers file`);
  }
  const waivers = source.data;
  const lines = waivers.map((_, index) => source.lineOf(`/${index}`));
  const seen = new Map<string, number>();
  waivers.forEach((waiver, index) => {
    const line = lines[index] ?? 1;
    if (!clauseIds.some((id) => id.startsWith(waiver.clause))) {
      throw new InputFileError(
        `${file}:${line}: clause ${waiver.clause} names no clause of the catalogue (mm-conformance --list shows them)`,
      );
    }
    const earlier = seen.get(waiver.clause);
    if (earlier !== undefined) {
      throw new InputFileError(`${file}:${line}: ${waiver.clause} is waived twice (also on line ${earlier})`);
    }
    seen.set(waiver.clause, line);
  });
  return { file, waivers, lines };
}
