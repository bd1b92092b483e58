import { Pacer } from '../../src/ratelimit/pacer';
import type { SuiteRunConfig } from '../../src/runner/run-config-file';
import { runContract } from './run-contract';

/** The pacers of this test file, by the path of the state they start from. */
const pacers = new Map<string, Pacer>();

/**
 * The one pacer of the run's suites: the suites share one test file, and so one pacer, which keeps
 * every request they send under the limit whether the suites run one after another or side by
 * side. It starts from what the answers before the suites showed (the state the runner wrote).
 */
export function runPacer(config: SuiteRunConfig): Pacer {
  let pacer = pacers.get(config.pacerStatePath);
  if (!pacer) {
    pacer = new Pacer(runContract(config.specDocumentPath).headers, config.pacerStatePath);
    pacers.set(config.pacerStatePath, pacer);
  }
  return pacer;
}
