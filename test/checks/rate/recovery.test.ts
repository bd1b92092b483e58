import type { ResetBounds } from '../../../src/ratelimit/reset-moment';
import { recoversAfterReset } from '../../../suites/checks/rate/recovers-after-reset';
import { resetTruthful } from '../../../suites/checks/rate/reset-truthful';
import { LABELS, type TracedResponse } from '../../../suites/checks/rate/trace';
import {
  actuals,
  judge,
  loadJudgeContract,
  noteOf,
  type ResponseSpec,
  response,
  sample,
  T0,
  trace,
  transportError,
  windowBurst,
} from './build-trace';

// After the 429: the moment its Reset names, and what the limit does before and at it.

beforeAll(async () => {
  await loadJudgeContract();
});

/** The burst's 429 at +1010 ms (received +1011) named `reset` seconds left; then `after`. */
function recovery(
  reset: number,
  after: ResponseSpec[],
  extra: { moment?: ResetBounds; notRun?: string } = {},
) {
  const burst = windowBurst(10, { reset });
  const denial = burst[burst.length - 1] as TracedResponse;
  const moment = extra.moment ?? {
    form: 'seconds-left' as const,
    earliestMs: denial.sentAtMs + reset * 1000,
    latestMs: denial.receivedAtMs + reset * 1000,
  };
  const rest = after.map((spec) => response({ phase: 'recovery', limit: 10, reset: 1, ...spec }));
  return trace([...sample(10), ...burst, ...rest], {
    recovery: extra.notRun ? { notRun: extra.notRun, moment } : { moment },
  });
}

describe('rate.recovers-after-reset', () => {
  test('holds when the request at the named moment is allowed', () => {
    const verdict = judge(
      recoversAfterReset,
      recovery(1, [{ label: LABELS.atReset, at: 2011, remaining: 9 }]),
    );
    expect(verdict.kind).toBe('holds');
    expect(noteOf(verdict)).toBe('Allowed at the moment X-Ratelimit-Reset 1 (1 s after the 429) named.');
  });

  test('holds, with a note, when allowed only a second later: whole-second rounding', () => {
    const verdict = judge(
      recoversAfterReset,
      recovery(1, [
        { label: LABELS.atReset, at: 2011, status: 429, remaining: 0 },
        { label: LABELS.afterReset, at: 3011, remaining: 9 },
      ]),
    );
    expect(verdict.kind).toBe('holds');
    expect(noteOf(verdict)).toMatch(/allowed a second later: the value looks rounded down/);
  });

  test('a request still denied a second after the named moment is a violation', () => {
    const verdict = judge(
      recoversAfterReset,
      recovery(1, [
        { label: LABELS.atReset, at: 2011, status: 429, remaining: 0 },
        { label: LABELS.afterReset, at: 3011, status: 429, remaining: 0 },
      ]),
    );
    expect(actuals(verdict)).toEqual([
      'at the reset moment (429, at +2011 ms) and a second after the reset moment (429, at +3011 ms)',
    ]);
  });

  describe('with a request when the window the burst spent ended, before the named moment', () => {
    test('the full allowance back there, and nothing sent after it, holds: a request at the moment has it all', () => {
      const verdict = judge(
        recoversAfterReset,
        recovery(1, [{ label: LABELS.windowTurn, at: 2000, remaining: 9 }]),
      );
      expect(verdict.kind).toBe('holds');
      expect(noteOf(verdict)).toBe(
        'The full allowance was back when the window the burst spent ended, 0.011 s before the moment X-Ratelimit-Reset 1 (1 s after the 429) named (X-Ratelimit-Remaining 9); nothing was sent after it, so a request at that moment has the whole allowance.',
      );
    });

    test('only part of it back (a bucket): judged by the request at the moment', () => {
      const verdict = judge(
        recoversAfterReset,
        recovery(1, [
          { label: LABELS.windowTurn, at: 1500, remaining: 4 },
          { label: LABELS.atReset, at: 2011, status: 429, remaining: 0 },
          { label: LABELS.afterReset, at: 3011, status: 429, remaining: 0 },
        ]),
      );
      expect(verdict.kind).toBe('violated');
    });

    test('denied there: judged by the request at the moment', () => {
      const verdict = judge(
        recoversAfterReset,
        recovery(1, [
          { label: LABELS.windowTurn, at: 1500, status: 429, remaining: 0 },
          { label: LABELS.atReset, at: 2011, remaining: 9 },
        ]),
      );
      expect(noteOf(verdict)).toBe('Allowed at the moment X-Ratelimit-Reset 1 (1 s after the 429) named.');
    });

    test('whole on a new socket, which may have an allowance of its own, shows nothing', () => {
      const verdict = judge(
        recoversAfterReset,
        recovery(1, [{ label: LABELS.windowTurn, at: 2000, remaining: 9, connection: 'burst#2' }]),
      );
      expect(verdict).toEqual({ kind: 'cannot-decide', message: 'no request was sent at the reset moment' });
    });
  });

  test('a moment too far to wait for cannot be decided', () => {
    const verdict = judge(recoversAfterReset, recovery(3600, [], { notRun: 'names a moment 3600 s away' }));
    expect(verdict.kind).toBe('cannot-decide');
  });

  test('a moment too far, with the allowance back long before, is rate.reset-truthful’s', () => {
    const t = recovery(3600, [{ label: LABELS.earlyProbe, at: 2011, remaining: 9, reset: 3600 }], {
      notRun: 'names a moment 3600 s away',
    });
    expect(judge(recoversAfterReset, t).kind).toBe('not-applicable');
    expect(judge(resetTruthful, t).kind).toBe('violated');
  });

  test('a 429 without a Reset is not applicable, pointing at the clause that judges it', () => {
    const burst = windowBurst(10);
    const denial = burst.pop() as TracedResponse;
    const bare = response({ label: 'burst request 11', at: denial.sentAtMs - T0, status: 429 });
    const verdict = judge(
      recoversAfterReset,
      trace([...sample(10), ...burst, bare], { recovery: { notRun: 'no Reset' } }),
    );
    expect(verdict).toEqual({
      kind: 'not-applicable',
      message: 'the 429 carries no X-Ratelimit-Reset (see rate.limit-response-headers)',
    });
  });

  test('is not applicable when nothing was denied', () => {
    const t = trace([...sample(10), ...windowBurst(10).slice(0, 10)], { recovery: { notRun: 'no denial' } });
    expect(judge(recoversAfterReset, t).kind).toBe('not-applicable');
  });

  test('a target that stopped answering before the recovery is an error', () => {
    const t = recovery(1, [], {});
    t.failure = { phase: 'recovery', error: transportError() };
    expect(judge(recoversAfterReset, t).kind).toBe('transport-error');
  });
});

describe('rate.reset-truthful', () => {
  test('the full allowance back more than a second early is a violation', () => {
    const t = recovery(6, [
      { label: LABELS.earlyProbe, at: 2011, remaining: 9 },
      { label: LABELS.atReset, at: 7011, remaining: 9 },
    ]);
    expect(actuals(judge(resetTruthful, t))).toEqual([
      'X-Ratelimit-Remaining 9, the full allowance, at an early probe (200, at +2011 ms): 4.999 s before it',
    ]);
  });

  test("a bucket's partial refill before the named moment is no violation", () => {
    const t = recovery(3, [
      { label: LABELS.earlyProbe, at: 2011, remaining: 1 },
      { label: LABELS.atReset, at: 4011, remaining: 8 },
    ]);
    const verdict = judge(resetTruthful, t);
    expect(verdict.kind).toBe('holds');
    expect(noteOf(verdict)).toMatch(
      /^1 probe before the moment X-Ratelimit-Reset 3 named \(2.999 s after the 429\) found no full allowance back/,
    );
  });

  test('the full allowance within a second of the named moment is no violation', () => {
    const t = recovery(3, [
      { label: LABELS.earlyProbe, at: 2011, status: 429, remaining: 0 },
      { label: LABELS.earlyProbe, at: 3100, remaining: 9 },
    ]);
    expect(judge(resetTruthful, t).kind).toBe('holds');
  });

  test('a full allowance on a new socket does not count: it may have an allowance of its own', () => {
    const t = recovery(6, [{ label: LABELS.earlyProbe, at: 2011, remaining: 9, connection: 'burst#2' }]);
    const verdict = judge(resetTruthful, t);
    expect(verdict.kind).toBe('nothing-observed');
    const counted = recovery(6, [
      { label: LABELS.earlyProbe, at: 2011, remaining: 9, reset: 5, connection: 'burst#2' },
      { label: LABELS.earlyProbe, at: 3011, remaining: 0, reset: 4, status: 429 },
    ]);
    expect(noteOf(judge(resetTruthful, counted))).toMatch(/1 more went over a new socket and do not count/);
  });

  test('a full allowance on a new socket counts where a fresh connection was denied: the allowance is the client’s', () => {
    // A target that closes every connection carries each request on a new socket.
    const t = recovery(6, [
      {
        phase: 'scope',
        label: LABELS.freshConnection,
        at: 1020,
        status: 429,
        remaining: 0,
        connection: 'fresh#1',
      },
      { label: LABELS.earlyProbe, at: 2011, remaining: 9, connection: 'burst#2' },
    ]);
    expect(actuals(judge(resetTruthful, t))).toEqual([
      'X-Ratelimit-Remaining 9, the full allowance, at an early probe (200, at +2011 ms): 4.999 s before it',
    ]);
  });

  test('a moment within the second of rounding: nothing observed (info), and says why', () => {
    const verdict = judge(resetTruthful, recovery(1, [{ label: LABELS.atReset, at: 2011, remaining: 9 }]));
    expect(verdict.kind).toBe('nothing-observed');
    expect(noteOf(verdict)).toMatch(/within the 1 s that whole-second values may round/);
  });

  test('a moment too far to wait for, with no early return seen, cannot be decided', () => {
    const t = recovery(
      3600,
      [{ label: LABELS.earlyProbe, at: 2011, status: 429, remaining: 0, reset: 3599 }],
      {
        notRun: 'too far',
      },
    );
    expect(judge(resetTruthful, t).kind).toBe('cannot-decide');
  });
});
