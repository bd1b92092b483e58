import type { ValidateFunction } from 'ajv';
import { newAjv } from '../contract/new-ajv';

/**
 * A JSON Schema validator compiled on first use, not when its module loads: most runs give no
 * waivers, baseline or config file, and `--list` should not pay for compiling their schemas.
 */
export function lazyValidator<T>(schema: object): () => ValidateFunction<T> {
  let validate: ValidateFunction<T> | undefined;
  return () => {
    if (!validate) {
      const ajv = newAjv({ allErrors: false, verbose: true }, { formats: true });
      validate = ajv.compile<T>(schema);
    }
    return validate;
  };
}
