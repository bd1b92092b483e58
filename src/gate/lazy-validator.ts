import type { ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * A JSON Schema validator compiled on first use, not when its module loads: most runs give no
 * waivers, baseline or config file, and `--list` should not pay for compiling their schemas.
 */
export function lazyValidator<T>(schema: object): () => ValidateFunction<T> {
  let validate: ValidateFunction<T> | undefined;
  return () => {
    if (!validate) {
      const ajv = new Ajv2020({ allErrors: false, verbose: true });
      addFormats(ajv);
      validate = ajv.compile<T>(schema);
    }
    return validate;
  };
}
