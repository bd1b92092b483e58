import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import type { Contract } from '../../src/contract/contract';
import { loadContract } from '../../src/contract/load-contract';
import type { Area } from '../../src/model/clause';
import { Pacer } from '../../src/ratelimit/pacer';
import type { AreaRun } from '../../suites/support/area-run';
import {
  everyAreaJudged,
  judgeBeside,
  offerSideBySide,
  sessionEndingTurn,
  startSideBySide,
} from '../../suites/support/side-by-side';

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

/** Offers an area of `clauses` clauses, judged when `judged` resolves; returns whether it was started. */
function offer(area: Area, clauses: number, judged: Promise<void> = Promise.resolve()): () => boolean {
  let started = false;
  const run = {
    area,
    clauses: Array.from({ length: clauses }, (_, i) => ({ id: `${area}.c${i}` })),
    start: () => {
      started = true;
      return judged;
    },
    close: () => Promise.resolve(),
  } as unknown as AreaRun;
  offerSideBySide(area, run);
  return () => started;
}

/** A promise and the function that resolves it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

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

describe('a logout beside other clauses (a server may end every session of the account)', () => {
  test('waits until every clause beside is judged, but those that end sessions; the areas close once every one is judged', async () => {
    const [authJudged, opJudged] = [deferred(), deferred()];
    offer('auth', 11, authJudged.promise);
    offer('op', 19, opJudged.promise);
    startSideBySide(pacerWith(1000, 997));
    const [authCheck, opCheck] = [deferred(), deferred()];
    const seen: string[] = [];
    const judged = Promise.all([
      judgeBeside('auth.a', false, () => authCheck.promise),
      judgeBeside('op.get', false, () => opCheck.promise),
      judgeBeside('op.logout', true, () => sessionEndingTurn().then(() => seen.push("op's logout"))),
    ]);
    const closes = everyAreaJudged().then(() => seen.push('the areas close'));
    await settle();
    expect(seen).toEqual([]);
    authCheck.resolve();
    await settle();
    expect(seen).toEqual([]);
    opCheck.resolve();
    await settle();
    // Every other clause judged: the logout goes; the closes wait until the areas are done.
    expect(seen).toEqual(["op's logout"]);
    authJudged.resolve();
    opJudged.resolve();
    await closes;
    expect(seen).toEqual(["op's logout", 'the areas close']);
    await judged;
  });

  test('sent by a clause not known to end sessions, it waits for the others, not for itself', async () => {
    const other = deferred();
    const judged = judgeBeside('auth.a', false, () => other.promise);
    const logout = judgeBeside('auth.b', false, () => sessionEndingTurn().then(() => 'went'));
    await expect(Promise.race([logout, settle().then(() => 'waiting')])).resolves.toBe('waiting');
    other.resolve();
    await expect(logout).resolves.toBe('went');
    await judged;
  });

  test('goes at once where the areas run one after another', async () => {
    offer('api', 5);
    offer('op', 19, new Promise(() => {}));
    startSideBySide(pacerWith(10, 9));
    await expect(Promise.race([sessionEndingTurn().then(() => 'went'), settle()])).resolves.toBe('went');
  });
});
