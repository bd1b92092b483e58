import path from 'node:path';
import type { Test } from '@jest/test-result';
import Sequencer from '@jest/test-sequencer';
import { AREAS } from '../model/clause';

/**
 * Runs the suites in the catalogue's area order, so that the rate suite, which bursts to 429 on
 * purpose, comes last and cannot spend the allowance of the others.
 */
export default class AreaSequencer extends Sequencer {
  override sort(tests: Test[]): Test[] {
    const rank = (test: Test) =>
      AREAS.indexOf(path.basename(test.path).split('.')[0] as (typeof AREAS)[number]);
    return [...tests].sort((a, b) => rank(a) - rank(b));
  }
}
