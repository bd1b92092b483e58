import { readFileSync, writeFileSync } from 'node:fs';
import { PASSWORD_ENV, RUN_CONFIG_ENV, type RunConfig } from './run-config';

/** The run config as the suites and the reporters read it: the password joins it from the environment. */
export type SuiteRunConfig = RunConfig & { password: string };

/** Writes the run config where MMC_RUN_CONFIG will name it. The password is never written. */
export function writeRunConfig(file: string, config: RunConfig): void {
  writeFileSync(file, JSON.stringify(config));
}

/** The run's config, as the runner wrote it for the suites (and their reporters) of this run. */
export function readRunConfig(env: NodeJS.ProcessEnv = process.env): SuiteRunConfig {
  const file = env[RUN_CONFIG_ENV];
  if (!file) throw new Error(`${RUN_CONFIG_ENV} is not set: the suites run through mm-conformance`);
  const config = JSON.parse(readFileSync(file, 'utf8')) as RunConfig;
  return { ...config, password: env[PASSWORD_ENV] ?? '' };
}

/** Whether this process runs inside a conformance run (the progress reporter asks). */
export function inConformanceRun(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env[RUN_CONFIG_ENV];
}
