import { DEFAULT_SPEC_PATH } from '../../../src/catalogue/paths';
import type { Contract } from '../../../src/contract/contract';
import { loadContract } from '../../../src/contract/load-contract';
import { runWideSessionKept } from '../../../suites/checks/run-wide/session-kept';
import { Findings } from '../../../suites/support/findings';
import { NotApplicable } from '../../../suites/support/not-applicable';
import { entry, USER } from './ledger-fixtures';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract(DEFAULT_SPEC_PATH);
});

function judge(ledger: ReturnType<typeof entry>[]): Findings {
  const findings = new Findings();
  runWideSessionKept(ledger, findings, contract);
  return findings;
}

const login = (suite: string, session: string, at: number) =>
  entry({ suite, method: 'POST', path: '/api/v1/users/login', at, status: 200, body: USER, opens: session });
const me = (suite: string, session: string | undefined, at: number, status: number) =>
  entry({ suite, at, status, ...(session ? { presents: session } : {}) });
const logout = (suite: string, session: string, at: number, status = 200) =>
  entry({
    suite,
    method: 'POST',
    path: '/api/v1/users/logout',
    at,
    status,
    presents: session,
    ends: session,
  });

test("a token that stops authenticating mid-burst fails, naming the suite's session, the request and when", () => {
  const ledger = [
    login('auth', 'auth#1', 0),
    me('auth', 'auth#1', 10, 200),
    logout('auth', 'auth#1', 20),
    login('rate', 'rate#1', 1000),
    ...[1, 2, 3, 4, 5].map((n) => me('rate', 'rate#1', 1000 + n * 10, 200)),
    me('rate', 'rate#1', 2080, 401),
    me('rate', 'rate#1', 2090, 401),
    logout('rate', 'rate#1', 3000, 401),
  ];
  const findings = judge(ledger);
  expect(findings.violations).toEqual([
    {
      expected:
        "the token of a session the rate suite's login opened keeps authenticating: 5 requests presenting it accepted, and every later one until the run's logout ends it",
      actual:
        '401 on GET /api/v1/users/me (rate suite), 1.07 s after it was first accepted, before any logout of the run ended it (and 2 more refused after it)',
      exchange: 0,
    },
  ]);
});

test('no logout at all: the refusal came before any logout of the run', () => {
  const findings = judge([login('op', 'op#1', 0), me('op', 'op#1', 10, 200), me('op', 'op#1', 20, 401)]);
  expect(findings.violations[0]?.actual).toBe(
    '401 on GET /api/v1/users/me (op suite), 0.01 s after it was first accepted, before any logout of the run ended it',
  );
});

test("a refusal before the run's logout ended the session says how long before", () => {
  const findings = judge([
    login('auth', 'auth#1', 0),
    me('auth', 'auth#1', 10, 200),
    me('auth', 'auth#1', 20, 401),
    logout('auth', 'auth#1', 520),
  ]);
  expect(findings.violations[0]?.actual).toBe(
    "401 on GET /api/v1/users/me (auth suite), 0.01 s after it was first accepted, 0.5 s before the run's logout ended it",
  );
});

test("a token never issued, no token, and requests after the run's logout are no judgement of the session", () => {
  const findings = judge([
    login('op', 'op#1', 0),
    me('op', 'op#1', 10, 200),
    me('op', undefined, 20, 401),
    logout('op', 'op#1', 30),
    me('op', 'op#1', 40, 401),
  ]);
  expect(findings.violations).toEqual([]);
  expect(findings.noteText).toBe(
    "Run-wide: 1 session opened, 2 requests presenting their tokens judged, of the run's 5 exchanges; none refused once accepted.",
  );
});

test('a way of presenting the token never accepted (a cookie the server ignores) is not judged as lost', () => {
  const ledger = [
    login('auth', 'auth#1', 0),
    me('auth', 'auth#1', 10, 200),
    { ...me('auth', 'auth#1', 20, 401), presents: [{ session: 'auth#1', via: 'cookie' as const }] },
  ];
  expect(judge(ledger).violations).toEqual([]);
});

test('no session opened, or none ever accepted: the clause cannot be judged (skip)', () => {
  expect(() => judge([me('api', undefined, 0, 401)])).toThrow(NotApplicable);
  expect(() => judge([login('auth', 'auth#1', 0), me('auth', 'auth#1', 10, 401)])).toThrow(
    /no request presenting the token of a session the run opened was accepted/,
  );
});

describe('a logout that ends every session of the account (the document does not say what a logout ends)', () => {
  const everywhere = [
    login('auth', 'auth#1', 0),
    login('auth', 'auth#2', 10),
    me('auth', 'auth#1', 20, 200),
    me('auth', 'auth#2', 30, 200),
    logout('auth', 'auth#1', 100),
    logout('auth', 'auth#2', 110, 401),
  ];

  test('a session it ended along with every other opened before it was ended by the run', () => {
    const findings = judge(everywhere);
    expect(findings.violations).toEqual([]);
    expect(findings.noteText).toBe(
      "Run-wide: 2 sessions opened, 4 requests presenting their tokens judged, of the run's 6 exchanges; none refused once accepted, but for 1 ended by the logout of another, which ended every session opened before it (the server logs the account out everywhere).",
    );
  });

  test('a session opened after it is still judged: lost mid-run, it fails', () => {
    const findings = judge([
      ...everywhere,
      login('rate', 'rate#1', 1000),
      me('rate', 'rate#1', 1010, 200),
      me('rate', 'rate#1', 1020, 401),
    ]);
    expect(findings.violations.map((v) => v.actual)).toEqual([
      '401 on GET /api/v1/users/me (rate suite), 0.01 s after it was first accepted, before any logout of the run ended it',
    ]);
  });

  test('a logout after which another session opened before it is still accepted ended only its own', () => {
    const findings = judge([
      login('op', 'op#1', 0),
      login('op', 'op#2', 10),
      me('op', 'op#2', 20, 200),
      logout('op', 'op#1', 100),
      me('op', 'op#2', 110, 200),
      me('op', 'op#2', 120, 401),
    ]);
    expect(findings.violations.map((v) => v.actual)).toEqual([
      '401 on GET /api/v1/users/me (op suite), 0.1 s after it was first accepted, before any logout of the run ended it',
    ]);
  });
});
