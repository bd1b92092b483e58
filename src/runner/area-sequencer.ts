import type { Test } from '@jest/test-result';
import Sequencer from '@jest/test-sequencer';
import { AREAS } from '../model/clause';
import { RUN_WIDE_SUITE } from './run-wide';
import { suiteOfFile } from './suite-areas';

/**
 * Runs the suites in the catalogue's area order, so that the rate suite, which bursts to 429 on
 * purpose, comes last of the areas and cannot spend the allowance of the others; then the run-wide
 * suite, which judges every exchange the others made.
 */
export default class AreaSequencer extends Sequencer {
  override sort(tests: Test[]): Test[] {
    const rank = (test: Test) => {
      const suite = suiteOfFile(test.path);
      if (suite === RUN_WIDE_SUITE) return AREAS.length;
      return suite === undefined ? AREAS.length + 1 : AREAS.indexOf(suite);
    };
    return [...tests].sort((a, b) => rank(a) - rank(b));
  }
}
