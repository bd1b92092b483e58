import { readFileSync } from 'node:fs';
import type { Baseline } from './baseline';
import schema from './baseline.schema.json';
import { InputFileError } from './input-file-error';
import { lazyValidator } from './lazy-validator';

const validator = lazyValidator<Omit<Baseline, 'file'>>(schema);

/** Reads a previous run's report.json as a baseline; refuses anything else in one line. */
export function readBaseline(file: string, shownAs = file): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputFileError(`cannot read the baseline ${shownAs}: ${(error as Error).message}`);
  }
  return parseBaseline(shownAs, text);
}

export function parseBaseline(file: string, text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputFileError(`the baseline ${file} is not JSON: ${(error as Error).message}`);
  }
  const validate = validator();
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new InputFileError(
      `the baseline ${file} is not a report.json of mm-conformance: ${first?.instancePath || '/'} ${first?.message ?? 'is not valid'}`,
    );
  }
  return {
    file,
    startedAt: data.startedAt,
    target: { url: data.target.url, builtIn: data.target.builtIn },
    ...(data.spec ? { spec: { title: data.spec.title, version: data.spec.version } } : {}),
    clauses: data.clauses.map((c) => ({ id: c.id, status: c.status })),
  };
}
