import { completeOutcomes, type Report } from '../../src/report';
import type { RunFacts } from '../../src/report/build-report';
import { broken, CATALOGUE, exchange, outcome, reportOf } from './fixtures';

/**
 * A report with every status, built by hand: auth.bearer-accepted fails, auth.cookie-accepted
 * warns, auth.wrong-password-refused is skipped (--safe), rate.limit-enforced is an error,
 * rate.reset-form passes, rate.budget-scope is an observation (info). `text` is put wherever the
 * target's own words go (messages, notes, header values, bodies); `overrides` adds run facts
 * (waivers, a baseline).
 */
export function sampleReport(
  text = 'no',
  gate: 'must' | 'should' = 'must',
  overrides: Partial<RunFacts> = {},
): Report {
  const evidence = exchange({
    response: {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-version-id': text },
      body: JSON.stringify({ message: text, detailed_error: text }),
      bodyTruncated: false,
    },
  });
  const failing = broken('auth.bearer-accepted', 'MUST');
  failing.violations = [{ expected: '401', actual: `200 with an error body ("${text}")`, exchange: 0 }];
  failing.evidence = [evidence];
  const outcomes = completeOutcomes(
    CATALOGUE,
    [
      failing,
      broken('auth.cookie-accepted', 'SHOULD'),
      outcome('auth.wrong-password-refused', 'MUST', 'skip', {
        note: '--safe: this check sends a burst or a wrong password',
        skipReason: 'safe',
      }),
      outcome('rate.limit-enforced', 'MUST', 'error', {
        note: `GET /api/v1/users/me: no answer within 10 s ${text}`,
      }),
      outcome('rate.reset-form', 'MUST', 'pass'),
      outcome('rate.budget-scope', 'MAY', 'info', { note: `The server said ${text}` }),
    ],
    [],
    [],
  );
  return reportOf(outcomes, {
    ...overrides,
    gate,
    transcript: [
      { area: 'auth', exchanges: [evidence, exchange()] },
      { area: 'rate', exchanges: [exchange()] },
    ],
  });
}
