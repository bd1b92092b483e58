import { newAjv } from './new-ajv';

/**
 * The first JSON Schema of the document that JSON Schema 2020-12 rejects, with where it sits
 * ("/components/schemas/Error: data/type must be …"), or undefined when every one is valid. The
 * OpenAPI validator leaves schema keywords unchecked; checked here once, by the runner, the suites
 * compile the schemas without checking each again.
 */
export function invalidSchema(document: unknown): string | undefined {
  const ajv = newAjv({ strict: false });
  for (const [pointer, schema] of schemasOf(document, '')) {
    if (!ajv.validateSchema(schema as object)) return `${pointer}: ${ajv.errorsText(ajv.errors)}`;
  }
  return undefined;
}

/** Every schema of an OpenAPI document: each `schema` of a media type, parameter or header, and each component schema. */
function* schemasOf(node: unknown, pointer: string): Generator<[string, unknown]> {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (key === 'schema' || pointer === '/components/schemas') yield [at, value];
    else yield* schemasOf(value, at);
  }
}
