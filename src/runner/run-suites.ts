import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AggregatedResult } from '@jest/test-result';
import { runCLI } from 'jest';
import { withOperationClauses } from '../catalogue/catalogue-for-spec';
import { loadCatalogue } from '../catalogue/load-catalogue';
import { PROJECT_ROOT } from '../catalogue/paths';
import { dereferenceSpec } from '../contract/read-spec';
import type { Pacer } from '../ratelimit/pacer';
import { jestCacheDirectory } from './jest-cache-dir';
import { createOutcomesFile, type RecordedRun, readRecordedRun } from './outcomes-file';
import { PASSWORD_ENV, RUN_CONFIG_ENV, type RunConfig, type RunnerFields } from './run-config';
import { writeRunConfig } from './run-config-file';
import { CONFORMANCE_TEST_FILE } from './suite-areas';

/** Suites may wait for a rate limit to reset several times; a hung server still ends in time. */
const SUITE_TEST_TIMEOUT_MS = 180_000;

/** What the suites recorded, and what jest says of their tests (for clauses that recorded nothing). */
export interface SuitesResult extends RecordedRun {
  jest: AggregatedResult;
}

/** A jest reporter: a module path and its options. */
export type ReporterEntry = [string, Record<string, unknown>];

/**
 * Runs the conformance suites in band through jest against `config.target` and collects the
 * clause outcomes they record. Compiled (dist/) it runs the compiled suites; from source it
 * transforms the TypeScript suites with swc. The suites' pacing starts from `pacer`'s state when
 * given (what the answers before the suites showed of the limit).
 */
export async function runSuites(
  config: Omit<RunConfig, RunnerFields>,
  password: string,
  reporters: ReporterEntry[] = [],
  pacer?: Pacer,
): Promise<SuitesResult> {
  // Validating the spec is the costly part of reading it: done here once, not in every suite.
  const specDocument = await dereferenceSpec(config.specPath);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'mm-conformance-'));
  const runConfig: RunConfig = {
    ...config,
    outcomesPath: path.join(workDir, 'outcomes.jsonl'),
    pacerStatePath: path.join(workDir, 'pacer.json'),
    specDocumentPath: path.join(workDir, 'spec.json'),
    catalogueDocumentPath: path.join(workDir, 'catalogue.json'),
  };
  writeFileSync(runConfig.specDocumentPath, JSON.stringify(specDocument));
  writeFileSync(
    runConfig.catalogueDocumentPath,
    JSON.stringify(withOperationClauses(loadCatalogue(), specDocument)),
  );
  const configPath = path.join(workDir, 'run-config.json');
  writeRunConfig(configPath, runConfig);
  pacer?.save(runConfig.pacerStatePath);
  createOutcomesFile(runConfig.outcomesPath);
  const saved = { config: process.env[RUN_CONFIG_ENV], password: process.env[PASSWORD_ENV] };
  process.env[RUN_CONFIG_ENV] = configPath;
  process.env[PASSWORD_ENV] = password;
  try {
    const { results } = await runCLI(
      {
        _: [],
        $0: 'mm-conformance',
        config: JSON.stringify(jestConfig(reporters, jestCacheDirectory(path.join(workDir, 'jest-cache')))),
        runInBand: true,
        silent: true,
        // jest's own "Determining test suites to run..." goes to stderr, beside the progress lines.
        useStderr: true,
        watchman: false,
        ci: true,
      },
      // The configuration (rootDir included) comes whole from `config`; naming the working folder as
      // the one project keeps jest from validating it a second time as a sub-project's.
      [process.cwd()],
    );
    return { ...readRecordedRun(runConfig.outcomesPath), jest: results };
  } finally {
    restoreEnv(RUN_CONFIG_ENV, saved.config);
    restoreEnv(PASSWORD_ENV, saved.password);
    rmSync(workDir, { recursive: true, force: true });
  }
}

const compiled = __filename.endsWith('.js');

function suitesRoot(): string {
  return compiled ? path.join(PROJECT_ROOT, 'dist') : PROJECT_ROOT;
}

/** The one test file of a run (see suites/conformance.test.ts), which loads the suites --only selects. */
function jestConfig(reporters: ReporterEntry[], cacheDirectory: string) {
  const extension = compiled ? 'js' : 'ts';
  return {
    rootDir: suitesRoot(),
    roots: ['<rootDir>/suites'],
    testMatch: [`**/suites/${CONFORMANCE_TEST_FILE}.${extension}`],
    passWithNoTests: true,
    testEnvironment: 'node',
    testTimeout: SUITE_TEST_TIMEOUT_MS,
    transform: compiled ? {} : { '^.+\\.ts$': [require.resolve('@swc/jest'), {}] },
    moduleFileExtensions: [extension, 'js', 'json'],
    reporters,
    cacheDirectory,
  };
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
