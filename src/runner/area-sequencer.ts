import type { Test } from '@jest/test-result';
import Sequencer from '@jest/test-sequencer';
import { AREAS } from '../model/clause';
import { areaOfSuiteFile } from './suite-areas';

/**
 * Runs the suites in the catalogue's area order, so that the rate suite, which bursts to 429 on
 * purpose, comes last and cannot spend the allowance of the others.
 */
export default class AreaSequencer extends Sequencer {
  override sort(tests: Test[]): Test[] {
    const rank = (test: Test) => {
      const area = areaOfSuiteFile(test.path);
      return area === undefined ? AREAS.length : AREAS.indexOf(area);
    };
    return [...tests].sort((a, b) => rank(a) - rank(b));
  }
}
