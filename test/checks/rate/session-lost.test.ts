import { RATE_JUDGES } from '../../../suites/checks/rate';
import { runProbe } from '../../../suites/checks/rate/probe';
import { judge, loadJudgeContract, noteOf } from './build-trace';
import { fixedWindow, simulatedTarget } from './simulated-target';

// A target that forgets the session mid-burst: the probe stops there and says so, and no rate
// clause is failed for what the lost session did (auth.session-kept judges it, run-wide).

beforeAll(async () => {
  await loadJudgeContract();
});

test('the burst stops at the first 401 once the token authenticated, and the trace records it', async () => {
  const target = simulatedTarget({ limiter: fixedWindow(10), sessionKeptFor: 5, latencyMs: 0.3 });
  const trace = await runProbe(target);
  expect(trace.sessionLost).toMatchObject({ label: 'burst request 5', status: 401 });
  expect(trace.burst?.stop).toBe('session-lost');
  expect(trace.recovery).toMatchObject({
    notRun: expect.stringMatching(/^the session stopped authenticating/),
  });
  // Nothing was sent after the burst's answers in flight: no scope, no recovery.
  expect(trace.responses.filter((r) => r.phase === 'scope' || r.phase === 'recovery')).toEqual([]);
});

test('every rate clause skips, naming auth.session-kept, instead of failing', async () => {
  const trace = await runProbe(
    simulatedTarget({ limiter: fixedWindow(10), sessionKeptFor: 5, latencyMs: 0.3 }),
  );
  for (const [id, j] of Object.entries(RATE_JUDGES)) {
    const verdict = judge(j, trace);
    expect([id, verdict.kind]).toEqual([id, 'not-applicable']);
    expect(noteOf(verdict)).toMatch(
      /^the session stopped authenticating: see auth\.session-kept \(burst request 5 answered 401, /,
    );
  }
});

test('a session that lasts the whole probe is never taken for lost', async () => {
  const trace = await runProbe(
    simulatedTarget({ limiter: fixedWindow(10), sessionKeptFor: 1000, latencyMs: 0.3 }),
  );
  expect(trace.sessionLost).toBeUndefined();
  expect(trace.burst?.stop).toBe('denial');
});
