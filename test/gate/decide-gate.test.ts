import { decideGate, type Waiver } from '../../src/gate';
import type { Level } from '../../src/model/level';
import type { Status } from '../../src/model/status';

// Each decision the gate makes, on hand-built clauses: the --fail-on level, waivers (applied,
// expired, stale, by prefix) and a baseline (the same failures, a new one, one fixed).

const TODAY = new Date('2026-06-15T12:00:00Z');
const clause = (id: string, level: Level, status: Status) => ({ id, level, status });
const waiver = (clause: string, expires = '2026-12-31'): Waiver => ({
  clause,
  reason: `known: ${clause}`,
  expires,
});

const MUST_FAILS = clause('auth.bearer-accepted', 'MUST', 'fail');
const SHOULD_WARNS = clause('auth.cookie-accepted', 'SHOULD', 'warn');
const PASSES = clause('rate.limit-enforced', 'MUST', 'pass');

describe('--fail-on', () => {
  test('a SHOULD that warns passes the gate under --fail-on must', () => {
    const decision = decideGate([SHOULD_WARNS, PASSES], { gate: 'must', today: TODAY });
    expect(decision).toMatchObject({ verdict: 'pass', gateFailures: [] });
  });

  test('a SHOULD that warns fails the gate under --fail-on should', () => {
    const decision = decideGate([SHOULD_WARNS, PASSES], { gate: 'should', today: TODAY });
    expect(decision).toMatchObject({ verdict: 'fail', gateFailures: ['auth.cookie-accepted'] });
  });

  test('a MUST that fails fails the gate under either', () => {
    for (const gate of ['must', 'should'] as const) {
      expect(decideGate([MUST_FAILS], { gate, today: TODAY }).gateFailures).toEqual(['auth.bearer-accepted']);
    }
  });

  test('an undecided gated clause leaves no verdict, an undecided MAY does not', () => {
    const undecided = clause('rate.limit-enforced', 'MUST', 'error');
    expect(decideGate([undecided], { gate: 'must', today: TODAY }).verdict).toBe('undecided');
    expect(
      decideGate([clause('rate.budget-scope', 'MAY', 'error')], { gate: 'must', today: TODAY }).verdict,
    ).toBe('pass');
  });
});

describe('waivers', () => {
  test('a waived failing clause does not gate and carries its waiver', () => {
    const decision = decideGate([MUST_FAILS, PASSES], {
      gate: 'must',
      waivers: [waiver('auth.bearer-accepted')],
      today: TODAY,
    });
    expect(decision.verdict).toBe('pass');
    expect(decision.clauses.get('auth.bearer-accepted')?.waiver).toEqual({
      clause: 'auth.bearer-accepted',
      reason: 'known: auth.bearer-accepted',
      expires: '2026-12-31',
      expired: false,
    });
  });

  test('a waiver for a SHOULD lets --fail-on should pass', () => {
    const decision = decideGate([SHOULD_WARNS], {
      gate: 'should',
      waivers: [waiver('auth.cookie')],
      today: TODAY,
    });
    expect(decision.verdict).toBe('pass');
  });

  test('a waiver holds through its expiry day and gates again the day after', () => {
    const waivers = [waiver('auth.bearer-accepted', '2026-06-15')];
    expect(decideGate([MUST_FAILS], { gate: 'must', waivers, today: TODAY }).verdict).toBe('pass');
    const after = decideGate([MUST_FAILS], {
      gate: 'must',
      waivers,
      today: new Date('2026-06-16T00:00:01Z'),
    });
    expect(after).toMatchObject({ verdict: 'fail', gateFailures: ['auth.bearer-accepted'] });
    expect(after.clauses.get('auth.bearer-accepted')?.waiver?.expired).toBe(true);
  });

  test('an expired waiver gates again and is marked expired', () => {
    const decision = decideGate([MUST_FAILS], {
      gate: 'must',
      waivers: [waiver('auth.bearer-accepted', '2026-01-31')],
      today: TODAY,
    });
    expect(decision.verdict).toBe('fail');
    expect(decision.clauses.get('auth.bearer-accepted')?.waiver).toMatchObject({ expired: true });
  });

  test('a prefix waiver covers every clause under it, and only those', () => {
    const rateFails = clause('rate.limit-enforced', 'MUST', 'fail');
    const rateWarns = clause('rate.remaining-decrements', 'SHOULD', 'warn');
    const decision = decideGate([rateFails, rateWarns, MUST_FAILS], {
      gate: 'should',
      waivers: [waiver('rate.')],
      today: TODAY,
    });
    expect(decision.gateFailures).toEqual(['auth.bearer-accepted']);
    expect(decision.clauses.get('rate.limit-enforced')?.waiver?.clause).toBe('rate.');
    expect(decision.clauses.get('rate.remaining-decrements')?.waiver?.clause).toBe('rate.');
    expect(decision.clauses.get('auth.bearer-accepted')).toBeUndefined();
  });

  test('the most specific waiver speaks for a clause: an expired id beats a live prefix', () => {
    const rateFails = clause('rate.limit-enforced', 'MUST', 'fail');
    const decision = decideGate([rateFails], {
      gate: 'must',
      waivers: [waiver('rate.'), waiver('rate.limit-enforced', '2026-01-01')],
      today: TODAY,
    });
    expect(decision.verdict).toBe('fail');
    expect(decision.clauses.get('rate.limit-enforced')?.waiver).toMatchObject({
      clause: 'rate.limit-enforced',
      expired: true,
    });
  });

  test('a waiver whose clauses all pass now is stale: a warning, not a failure', () => {
    const decision = decideGate([PASSES, MUST_FAILS], {
      gate: 'must',
      waivers: [waiver('rate.limit-enforced'), waiver('auth.bearer-accepted')],
      today: TODAY,
    });
    expect(decision.verdict).toBe('pass');
    expect(decision.stale.map((w) => w.clause)).toEqual(['rate.limit-enforced']);
    expect(decision.clauses.get('rate.limit-enforced')).toBeUndefined();
  });

  test('a waiver for clauses this run skipped or could not decide is not called stale', () => {
    const skipped = clause('rate.limit-enforced', 'MUST', 'skip');
    const undecided = clause('rate.recovers-after-reset', 'MUST', 'error');
    const decision = decideGate([skipped, undecided], {
      gate: 'must',
      waivers: [waiver('rate.')],
      today: TODAY,
    });
    expect(decision.stale).toEqual([]);
  });

  test('a waiver does not excuse a clause the checker could not decide', () => {
    const undecided = clause('rate.limit-enforced', 'MUST', 'error');
    const decision = decideGate([undecided], { gate: 'must', waivers: [waiver('rate.')], today: TODAY });
    expect(decision.verdict).toBe('undecided');
  });
});

describe('baseline', () => {
  const baselineOf = (...clauses: { id: string; status: Status }[]) => ({ clauses });

  test('the same failures as the baseline pass the gate, each still failing', () => {
    const decision = decideGate([MUST_FAILS, SHOULD_WARNS, PASSES], {
      gate: 'should',
      baseline: baselineOf(MUST_FAILS, SHOULD_WARNS, PASSES),
      today: TODAY,
    });
    expect(decision.verdict).toBe('pass');
    expect(decision.clauses.get('auth.bearer-accepted')?.baseline).toBe('still-failing');
    expect(decision.clauses.get('auth.cookie-accepted')?.baseline).toBe('still-failing');
    expect(decision.clauses.get('rate.limit-enforced')?.baseline).toBe('unchanged');
  });

  test('a new failure fails the gate; the old one does not', () => {
    const rateFails = clause('rate.limit-enforced', 'MUST', 'fail');
    const decision = decideGate([MUST_FAILS, rateFails], {
      gate: 'must',
      baseline: baselineOf(MUST_FAILS, PASSES),
      today: TODAY,
    });
    expect(decision).toMatchObject({ verdict: 'fail', gateFailures: ['rate.limit-enforced'] });
    expect(decision.clauses.get('rate.limit-enforced')?.baseline).toBe('new-failure');
    expect(decision.clauses.get('auth.bearer-accepted')?.baseline).toBe('still-failing');
  });

  test('a clause absent from the baseline that fails now is a new failure', () => {
    const decision = decideGate([MUST_FAILS], { gate: 'must', baseline: baselineOf(), today: TODAY });
    expect(decision).toMatchObject({ verdict: 'fail', gateFailures: ['auth.bearer-accepted'] });
  });

  test('a failure of the baseline that passes now is fixed', () => {
    const fixedNow = clause('auth.bearer-accepted', 'MUST', 'pass');
    const decision = decideGate([fixedNow], { gate: 'must', baseline: baselineOf(MUST_FAILS), today: TODAY });
    expect(decision.verdict).toBe('pass');
    expect(decision.clauses.get('auth.bearer-accepted')?.baseline).toBe('fixed');
  });

  test('a baseline failure that could not be decided now is unchanged, not fixed', () => {
    const undecided = clause('auth.bearer-accepted', 'MUST', 'error');
    const decision = decideGate([undecided], {
      gate: 'must',
      baseline: baselineOf(MUST_FAILS),
      today: TODAY,
    });
    expect(decision.clauses.get('auth.bearer-accepted')?.baseline).toBe('unchanged');
    expect(decision.verdict).toBe('undecided');
  });

  test('a clause undecided in the baseline that warns now is a new failure', () => {
    const decision = decideGate([SHOULD_WARNS], {
      gate: 'should',
      baseline: baselineOf({ id: 'auth.cookie-accepted', status: 'error' }),
      today: TODAY,
    });
    expect(decision.gateFailures).toEqual(['auth.cookie-accepted']);
  });
});
