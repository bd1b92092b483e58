import { DEFAULT_SPEC_PATH } from '../../../src/catalogue/paths';
import type { Contract } from '../../../src/contract/contract';
import { loadContract } from '../../../src/contract/load-contract';
import {
  runWideBodySchema,
  runWideMessagePresent,
  runWideRequestIdMatches,
  runWideStatusCodeMatches,
} from '../../../suites/checks/run-wide/error-bodies';
import type { RunWideJudge } from '../../../suites/checks/run-wide/run-wide-judge';
import { Findings } from '../../../suites/support/findings';
import { entry, errorBody, USER } from './ledger-fixtures';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract(DEFAULT_SPEC_PATH);
});

function judge(j: RunWideJudge, ledger: ReturnType<typeof entry>[]): Findings {
  const findings = new Findings();
  j(ledger, findings, contract);
  return findings;
}

/** A run of a few suites: a login, an unknown route, and a burst of JSON 429s from the rate suite. */
function run(limitBody: (n: number) => Record<string, unknown> | string) {
  return [
    entry({ suite: 'auth', method: 'POST', path: '/api/v1/users/login', at: 0, status: 200, body: USER }),
    entry({
      suite: 'errors',
      path: '/api/v1/nope',
      at: 10,
      status: 404,
      body: errorBody(404, 'r1'),
      requestId: 'r1',
    }),
    entry({ suite: 'rate', at: 20, status: 200, body: USER }),
    ...[1, 2, 3].map((n) =>
      entry({ suite: 'rate', at: 30 + n, status: 429, body: limitBody(n), requestId: `q${n}` }),
    ),
  ];
}

describe('errors.status-code-matches, run-wide', () => {
  test('a JSON 429 of the burst whose status_code says 400 fails, naming it, its suite and the count', () => {
    const findings = judge(
      runWideStatusCodeMatches,
      run((n) => errorBody(400, `q${n}`)),
    );
    expect(findings.violations).toHaveLength(1);
    expect(findings.violations[0]?.actual).toBe(
      "status_code 400 in a 429 on GET /api/v1/users/me (429, rate suite) (and 2 more responses); 4 error responses with a JSON body judged, of the run's 6 exchanges",
    );
    expect(findings.evidence).toHaveLength(1);
    expect(findings.evidence[0]?.response?.status).toBe(429);
  });

  test('every error body right: no violation, and the note says how many were judged', () => {
    const findings = judge(
      runWideStatusCodeMatches,
      run((n) => errorBody(429, `q${n}`)),
    );
    expect(findings.violations).toEqual([]);
    expect(findings.noteText).toBe(
      "Run-wide: 4 error responses with a JSON body judged, of the run's 6 exchanges; each holds.",
    );
  });

  test('a 429 in plain text is left to rate.limit-body', () => {
    const findings = judge(
      runWideStatusCodeMatches,
      run(() => 'limit exceeded'),
    );
    expect(findings.violations).toEqual([]);
    expect(findings.noteText).toContain('1 error responses with a JSON body judged');
  });

  test('a number written as a string matches here (errors.body-schema refuses it)', () => {
    expect(
      judge(
        runWideStatusCodeMatches,
        run((n) => ({ ...errorBody(429, `q${n}`), status_code: '429' })),
      ).violations,
    ).toEqual([]);
    expect(
      judge(
        runWideBodySchema,
        run((n) => ({ ...errorBody(429, `q${n}`), status_code: '429' })),
      ).violations,
    ).toHaveLength(1);
  });
});

describe('the other error-body clauses, run-wide', () => {
  test('errors.body-schema: a body without request_id fails, one violation for the kind', () => {
    const findings = judge(
      runWideBodySchema,
      run(() => ({ message: 'limit exceeded', status_code: 429 })),
    );
    expect(findings.violations).toHaveLength(1);
    expect(findings.violations[0]?.actual).toMatch(/^429 with a body the Error schema refuses: .*request_id/);
  });

  test('errors.request-id-matches: a request_id other than X-Request-Id fails; each kind shows once', () => {
    const findings = judge(
      runWideRequestIdMatches,
      run(() => errorBody(429, 'other')),
    );
    expect(findings.violations).toHaveLength(1);
    expect(findings.violations[0]?.actual).toContain('request_id "other" beside X-Request-Id q1');
  });

  test('errors.message-present: a blank message fails', () => {
    const findings = judge(
      runWideMessagePresent,
      run((n) => errorBody(429, `q${n}`, '  ')),
    );
    expect(findings.violations).toHaveLength(1);
    expect(findings.violations[0]?.expected).toBe('a non-empty message in every error body of the run');
  });
});
