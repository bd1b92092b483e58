/**
 * The OpenAPI document cannot drive a run. Its own module, so that the suites, which read the
 * already validated document, do not load the YAML reader and the OpenAPI validator to name it.
 */
export class SpecError extends Error {}
