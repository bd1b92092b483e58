import { readFileSync } from 'node:fs';
import { PASSWORD_ENV, RUN_CONFIG_ENV, type RunConfig } from '../../src/runner/run-config';

/** The run's configuration, as the CLI wrote it for the suites. */
export function readRunConfig(): RunConfig & { password: string } {
  const file = process.env[RUN_CONFIG_ENV];
  if (!file) throw new Error(`${RUN_CONFIG_ENV} is not set: the suites run through mm-conformance`);
  const config = JSON.parse(readFileSync(file, 'utf8')) as RunConfig;
  return { ...config, password: process.env[PASSWORD_ENV] ?? '' };
}
