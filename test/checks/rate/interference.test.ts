import { RATE_JUDGES } from '../../../suites/checks/rate';
import { ANOTHER_CLIENT, probeAgainIfContested } from '../../../suites/checks/rate/contested';
import { answersOf, interferences } from '../../../suites/checks/rate/interference';
import { LABELS, type Trace, type TracedResponse } from '../../../suites/checks/rate/trace';
import {
  actuals,
  judge,
  loadJudgeContract,
  noteOf,
  response,
  sample,
  trace,
  transportError,
  windowBurst,
} from './build-trace';

// Another client spending the same allowance, on hand-built traces: what counts as its sign, when
// the probe probes again, and what the judges make of a second probe.

beforeAll(async () => {
  await loadJudgeContract();
});

const LIMIT = 10;

/** A burst from `at` whose allowed requests say these Remaining values, then one 429. */
function burst(remaining: number[], at = 1000): TracedResponse[] {
  const allowed = remaining.map((r, i) =>
    response({ label: `burst request ${i + 1}`, at: at + i, limit: LIMIT, remaining: r, reset: 1 }),
  );
  const denial = response({
    label: `burst request ${remaining.length + 1}`,
    at: at + remaining.length,
    status: 429,
    limit: LIMIT,
    remaining: 0,
    reset: 1,
  });
  return [...allowed, denial];
}

/** The recovery after a burst from 1000: at the reset moment, allowed or denied. */
function recovery(allowed: boolean, at = 2100): TracedResponse[] {
  return [
    response({
      phase: 'recovery',
      label: LABELS.atReset,
      at,
      status: allowed ? 200 : 429,
      limit: LIMIT,
      remaining: allowed ? LIMIT - 1 : 0,
      reset: 1,
    }),
  ];
}

function probed(responses: TracedResponse[], extra: Partial<Trace> = {}): Trace {
  const t = trace([...sample(LIMIT), ...responses], extra);
  const denial = responses.find((r) => r.status === 429);
  if (denial)
    t.recovery = {
      moment: {
        earliestMs: denial.sentAtMs + 1000,
        latestMs: denial.receivedAtMs + 1000,
        form: 'seconds-left',
      },
    };
  t.burst = {
    wave: 12,
    depth: 2,
    requestCap: 26,
    roundTripMs: 1,
    stop: 'denial',
    sent: responses.length,
    timeCapMs: 10_000,
  };
  return t;
}

const CLEAN = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0];

describe('signs of another client in a trace', () => {
  test('a clean burst and recovery show none', () => {
    expect(interferences(probed([...windowBurst(LIMIT), ...recovery(true)]), 429)).toEqual([]);
  });

  test('Remaining falling by two on one request: rate.remaining-decrements', () => {
    const seen = interferences(probed(burst([9, 8, 7, 5, 4, 3, 2, 1, 0])), 429);
    expect(seen.map((i) => [i.clause, i.response.label])).toEqual([
      ['rate.remaining-decrements', 'burst request 4'],
    ]);
    expect(seen[0]?.seen).toMatch(/^X-Ratelimit-Remaining 7 → 5 at burst request 4/);
  });

  test('a denial right after Remaining 2: rate.limit-enforced', () => {
    const seen = interferences(probed(burst([9, 8, 7, 6, 5, 4, 3, 2])), 429);
    expect(seen.map((i) => [i.clause, i.response.label])).toEqual([
      ['rate.limit-enforced', 'burst request 9'],
    ]);
    expect(seen[0]?.seen).toMatch(/denied right after X-Ratelimit-Remaining 2$/);
  });

  test('a denial of another status is no other client’s doing', () => {
    const responses = burst([9, 8, 7]);
    const last = responses[responses.length - 1] as TracedResponse;
    last.status = 503;
    expect(interferences(probed(responses), 429)).toEqual([]);
  });

  test('denied at the reset moment: rate.recovers-after-reset', () => {
    const seen = interferences(probed([...burst(CLEAN), ...recovery(false)]), 429);
    expect(seen.map((i) => i.clause)).toEqual(['rate.recovers-after-reset']);
  });

  test('the answers of two probes: alike when the server answered alike, request for request', () => {
    const first = probed([...burst([9, 8, 6, 5, 4, 3, 2, 1, 0]), ...recovery(true)]);
    const again = probed([...burst([9, 8, 6, 5, 4, 3, 2, 1, 0], 7000), ...recovery(true, 8100)]);
    const moved = probed([...burst([9, 8, 7, 6, 4, 3, 2, 1, 0], 7000), ...recovery(true, 8100)]);
    expect(answersOf(again)).toEqual(answersOf(first));
    expect(answersOf(moved)).not.toEqual(answersOf(first));
    expect(answersOf(first)[2]).toBe('burst request 3: allowed, X-Ratelimit-Remaining 6');
    expect(answersOf(first).slice(-2)).toEqual(['burst request 10: 429', 'at the reset moment: allowed']);
  });

  test('the whole allowance found at the window’s end stands for a request allowed at the reset moment; a bucket not full there is left out', () => {
    // Whether that request goes depends on when in a second the burst began, not on the server.
    const atTurn = (remaining: number, at: number) =>
      response({ phase: 'recovery', label: LABELS.windowTurn, at, limit: LIMIT, remaining, reset: 1 });
    const atMoment = probed([...burst(CLEAN), ...recovery(true)]);
    expect(answersOf(probed([...burst(CLEAN), atTurn(LIMIT - 1, 1990)]))).toEqual(answersOf(atMoment));
    expect(answersOf(probed([...burst(CLEAN), atTurn(3, 1990), ...recovery(true)]))).toEqual(
      answersOf(atMoment),
    );
  });
});

describe('the judges on a second probe', () => {
  const decrements = RATE_JUDGES['rate.remaining-decrements'] as NonNullable<(typeof RATE_JUDGES)[string]>;
  const enforced = RATE_JUDGES['rate.limit-enforced'] as NonNullable<(typeof RATE_JUDGES)[string]>;
  const recovers = RATE_JUDGES['rate.recovers-after-reset'] as NonNullable<(typeof RATE_JUDGES)[string]>;
  const firstSaw = ['X-Ratelimit-Remaining 3 → 1 at burst request 7 (200, at +1006 ms)'];

  test('answers that changed: a fall another client explains is an error saying so, never a fail', () => {
    const t = probed(burst([9, 8, 7, 5, 4, 3, 2, 1, 0]), {
      reprobe: { firstSaw, waitedMs: 1234, repeated: false },
    });
    const verdict = judge(decrements, t);
    expect(verdict.kind).toBe('cannot-decide');
    expect(actuals(verdict)[0]).toMatch(new RegExp(`^${ANOTHER_CLIENT}: `));
    expect(actuals(verdict)[0]).toContain('X-Ratelimit-Remaining 7 → 5 at burst request 4');
    expect(actuals(verdict)[0]).toContain('probed again 1.234 s later');
  });

  test('answers that changed: an early denial is an error, a denial at the reset moment too', () => {
    const reprobe = { firstSaw, waitedMs: 500, repeated: false };
    expect(judge(enforced, probed(burst([9, 8, 7, 6, 5, 4, 3, 2]), { reprobe })).kind).toBe('cannot-decide');
    expect(judge(recovers, probed([...burst(CLEAN), ...recovery(false)], { reprobe })).kind).toBe(
      'cannot-decide',
    );
  });

  test('answers that repeated: the violation stands, and the report says the probe ran twice', () => {
    const t = probed(burst([9, 8, 7, 5, 4, 3, 2, 1, 0]), {
      reprobe: { firstSaw, waitedMs: 800, repeated: true },
    });
    const verdict = judge(decrements, t);
    expect(verdict.kind).toBe('violated');
    expect(actuals(verdict)).toEqual([expect.stringMatching(/^7 → 5 from burst request 3/)]);
    expect(noteOf(verdict)).toContain(
      'got the same answers, request for request: the server itself counts that way',
    );
  });

  test('a violation no other client explains stands beside one it does', () => {
    const responses = burst([9, 8, 7, 6, 5, 4, 3, 2]);
    (responses[responses.length - 1] as TracedResponse).status = 503;
    const t = probed(responses, { reprobe: { firstSaw, waitedMs: 800, repeated: false } });
    const verdict = judge(enforced, t);
    expect(verdict.kind).toBe('violated');
    expect(actuals(verdict).join('\n')).toContain('denied with 503');
  });

  test('a clean second probe passes, with the note that it ran twice', () => {
    const t = probed([...windowBurst(LIMIT), ...recovery(true)], {
      reprobe: { firstSaw, waitedMs: 10, repeated: false },
    });
    const verdict = judge(decrements, t);
    expect(verdict.kind).toBe('holds');
    expect(noteOf(verdict)).toContain('The rate probe ran twice: the first saw X-Ratelimit-Remaining 3 → 1');
  });
});

describe('when the probe probes again', () => {
  const contested = () => probed(burst([9, 8, 7, 5, 4, 3, 2, 1, 0]));
  const clean = () => probed([...windowBurst(LIMIT), ...recovery(true)]);

  async function run(traces: (() => Trace)[], random = 0.5) {
    const slept: number[] = [];
    let probes = 0;
    const result = await probeAgainIfContested(
      {
        limitStatus: 429,
        sleep: async (ms) => {
          slept.push(ms);
        },
      },
      async () => (traces[probes++] as () => Trace)(),
      () => random,
    );
    return { result, slept, probes };
  }

  test('a clean trace: once', async () => {
    const { result, probes, slept } = await run([clean]);
    expect(probes).toBe(1);
    expect(slept).toEqual([]);
    expect(result.reprobe).toBeUndefined();
  });

  test('signs of another client: once more after a random wait of up to 2 s; the second trace is judged', async () => {
    const { result, probes, slept } = await run([contested, clean], 0.25);
    expect(probes).toBe(2);
    expect(slept).toEqual([500]);
    expect(result.reprobe).toEqual({
      firstSaw: [expect.stringMatching(/^X-Ratelimit-Remaining 7 → 5/)],
      waitedMs: 500,
      repeated: false,
    });
    expect(await run([contested, contested], 0.999)).toMatchObject({
      slept: [1998],
      result: { reprobe: { repeated: true } },
    });
  });

  test.each<[string, (t: Trace) => void]>([
    [
      'the target stopped answering',
      (t) => {
        t.failure = { phase: 'recovery', error: transportError() };
      },
    ],
    [
      'the session was lost (a 401 in the burst)',
      (t) => {
        (t.responses[10] as TracedResponse).status = 401;
      },
    ],
    [
      'the burst was not sent (--safe)',
      (t) => {
        t.activeNotRun = '--safe: the burst is not sent';
      },
    ],
  ])('never when %s', async (_name, spoil) => {
    const { probes, result } = await run([
      () => {
        const t = contested();
        spoil(t);
        return t;
      },
      clean,
    ]);
    expect(probes).toBe(1);
    expect(result.reprobe).toBeUndefined();
  });
});
