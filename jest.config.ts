/** @jest-config-loader esbuild-register */
// The project's own tests (test/). The conformance suites in suites/ are run by the CLI, which
// builds their jest configuration itself (src/runner/run-suites.ts).
import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Both cores: most of the long files wait (on a rate window, a child process, chromium), and the
  // matrix judges timing on a virtual clock, so two files side by side keep npm test under 5 minutes.
  maxWorkers: 2,
  transform: { '^.+\\.ts$': ['@swc/jest', {}] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
};

export default config;
