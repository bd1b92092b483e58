import type { Options } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';

/**
 * A new Ajv for JSON Schema 2020-12 (with the formats of ajv-formats when asked), its modules
 * loaded on the first call rather than imported: loading them takes about a tenth of a second of a
 * run's start, before its first request, and most runs validate nothing there (the build
 * validated the shipped documents, and the suites compile their validators on first use).
 */
export function newAjv(options: Options, { formats = false } = {}): Ajv2020 {
  const { default: Ajv } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
  const ajv = new Ajv(options);
  if (formats) (require('ajv-formats') as typeof import('ajv-formats')).default(ajv);
  return ajv;
}
