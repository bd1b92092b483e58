/** @jest-config-loader esbuild-register */
// The project's own tests (test/). The conformance suites in suites/ are run by the CLI, which
// builds their jest configuration itself (src/runner/jest-options.ts).
import type { Config } from 'jest';

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', {}] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};

export default config;
