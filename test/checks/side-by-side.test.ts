import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import type { Contract } from '../../src/contract/contract';
import { loadContract } from '../../src/contract/load-contract';
import type { Area } from '../../src/model/clause';
import { Pacer } from '../../src/ratelimit/pacer';
import type { AreaRun } from '../../suites/support/area-run';
import { offerSideBySide, startSideBySide } from '../../suites/support/side-by-side';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract(DEFAULT_SPEC_PATH);
});

/** A pacer that last saw this Limit and Remaining (none: no answer seen). */
function pacerWith(limit?: number, remaining?: number): Pacer {
  const pacer = new Pacer(contract.headers);
  if (limit !== undefined && remaining !== undefined)
    pacer.observe(
      {
        'x-ratelimit-limit': String(limit),
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-reset': '1',
      },
      Date.now(),
    );
  return pacer;
}

/** Offers an area of `clauses` clauses; returns whether it was started. */
function offer(area: Area, clauses: number): () => boolean {
  let started = false;
  const run = {
    clauses: Array.from({ length: clauses }, (_, i) => ({ id: `${area}.c${i}` })),
    start: () => {
      started = true;
    },
  } as unknown as AreaRun;
  offerSideBySide(area, run);
  return () => started;
}

function offerEveryArea(): Record<Area, () => boolean> {
  return {
    api: offer('api', 5),
    auth: offer('auth', 11),
    errors: offer('errors', 5),
    op: offer('op', 19),
    rate: offer('rate', 12),
  };
}

test('an allowance that covers the areas, a small share of Limit: all but rate start at once', () => {
  const started = offerEveryArea();
  startSideBySide(pacerWith(1000, 997));
  expect(Object.entries(started).map(([area, s]) => [area, s()])).toEqual([
    ['api', true],
    ['auth', true],
    ['errors', true],
    ['op', true],
    ['rate', false],
  ]);
});

test.each<[string, number | undefined, number | undefined]>([
  ['a tight limit (10/s): the areas go one after another', 10, 9],
  ['a Limit that covers them, but a spent allowance', 1000, 20],
  ['nothing known of the limit yet', undefined, undefined],
])('%s: none starts early', (_title, limit, remaining) => {
  const started = offerEveryArea();
  startSideBySide(pacerWith(limit, remaining));
  expect(Object.values(started).some((s) => s())).toBe(false);
});

test('only the first call decides: areas it left to go one after another stay so', () => {
  const started = offerEveryArea();
  startSideBySide(pacerWith(10, 9));
  // The allowance seen later (a new window) does not start them: each begins with its describe block.
  startSideBySide(pacerWith(1000, 999));
  expect(Object.values(started).some((s) => s())).toBe(false);
});
