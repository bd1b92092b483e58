import type { ErrorObject } from 'ajv';

/** ajv's errors as short phrases: "/status_code must be integer", "must have required property 'message'". */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (e) => `${e.instancePath ? `${e.instancePath} ` : ''}${e.message ?? 'is invalid'}`,
  );
}
