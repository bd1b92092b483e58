export { readRunConfig, type SuiteRunConfig } from '../../src/runner/run-config-file';
