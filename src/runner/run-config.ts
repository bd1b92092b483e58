/** The readings a user may pin where the source document contradicts itself (`--strict`). */
export interface StrictReadings {
  reset?: 'seconds' | 'epoch';
  limitBody?: 'json' | 'text';
  authHeader?: 'authorization' | 'authentication';
}

/**
 * What one conformance run needs, handed from the CLI to the suites as a JSON file named by
 * MMC_RUN_CONFIG. The password is never in it: it travels in the MM_PASSWORD variable only.
 */
export interface RunConfig {
  /** The target's URL: scheme, host, port and an optional path prefix before /api/v1. */
  target: string;
  team: string;
  email: string;
  specPath: string;
  safe: boolean;
  strict: StrictReadings;
  timeoutMs: number;
  insecure: boolean;
  /** Clause id prefixes to run; empty runs all. */
  only: string[];
  /** Where each suite appends its clause outcomes, one JSON object a line. */
  outcomesPath: string;
  /** Where the pacing state passes from one suite to the next. */
  pacerStatePath: string;
  /** The OpenAPI document at specPath, validated and dereferenced once by the runner, as JSON. */
  specDocumentPath: string;
  /**
   * The run's clause catalogue (spec/clauses.yaml, validated, with the clauses the OpenAPI
   * document generates), as JSON: read once by the runner, so that no suite parses YAML or
   * compiles the catalogue's schema again.
   */
  catalogueDocumentPath: string;
}

/** The fields the runner fills in for the suites. */
export type RunnerFields = 'outcomesPath' | 'pacerStatePath' | 'specDocumentPath' | 'catalogueDocumentPath';

export const RUN_CONFIG_ENV = 'MMC_RUN_CONFIG';
export const PASSWORD_ENV = 'MM_PASSWORD';

export function isSelected(clauseId: string, only: readonly string[]): boolean {
  return only.length === 0 || only.some((prefix) => clauseId.startsWith(prefix));
}
