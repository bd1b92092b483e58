import { decideGate } from '../../src/gate';
import type { Level } from '../../src/model/level';
import type { Status } from '../../src/model/status';
import { failingStatuses, undecidedGated } from '../../src/report';

/** Clauses from `LEVEL:status` words. */
const clauses = (...words: string[]) =>
  words.map((word, i) => {
    const [level, status] = word.split(':') as [Level, Status];
    return { id: `api.c${i}`, level, status };
  });

/** The gate with no waiver and no baseline: --fail-on alone. */
const gateOf = (words: string[], gate: 'must' | 'should') =>
  decideGate(clauses(...words), { gate, today: new Date('2026-01-01') });

test.each([
  [['MUST:pass', 'SHOULD:info', 'MUST:skip'], 'must', 'pass'],
  [['MUST:pass', 'SHOULD:warn'], 'must', 'pass'],
  [['MUST:pass', 'SHOULD:warn'], 'should', 'fail'],
  [['MUST:pass', 'MUST:fail'], 'must', 'fail'],
  [['MUST:fail', 'MUST:error'], 'must', 'fail'],
  [['MUST:pass', 'MUST:error'], 'must', 'undecided'],
  [['MUST:pass', 'SHOULD:error'], 'must', 'pass'],
  [['MUST:pass', 'SHOULD:error'], 'should', 'undecided'],
  [['MAY:error'], 'should', 'pass'],
  [[], 'must', 'pass'],
] as [string[], 'must' | 'should', string][])('%j under --fail-on %s is %s', (words, gate, verdict) => {
  expect(gateOf(words, gate).verdict).toBe(verdict);
});

test('the gate names the clauses that fail it, in order', () => {
  expect(gateOf(['SHOULD:warn', 'MUST:fail', 'MUST:pass', 'SHOULD:warn'], 'should').gateFailures).toEqual([
    'api.c0',
    'api.c1',
    'api.c3',
  ]);
  expect(failingStatuses('must')).toEqual(['fail']);
});

test('undecided names only the gated clauses that ended in error', () => {
  expect(undecidedGated(clauses('MUST:error', 'SHOULD:error', 'MUST:pass'), 'must')).toEqual(['api.c0']);
  expect(undecidedGated(clauses('MUST:error', 'SHOULD:error'), 'should')).toEqual(['api.c0', 'api.c1']);
});
