import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';
import { AccountBook, type LoginFields, type LoginOutcome } from '../../src/server/auth/accounts';
import { type RepeatedRun, runChecks } from './support/run-checks';

// Servers lock an account after a few wrong passwords in a row (Mattermost: 10 by default). The
// checker sends one, always followed by a good login, and none with --safe; a mistyped password
// costs one refused login and ends the run. The reference server here counts every login the
// runs send (the server runs in this process, the checker in a child), and locks at 3.
jest.setTimeout(600_000);

const MISTYPED = `${DEMO_ACCOUNT.password}-typo`;

interface SeenLogin {
  password: 'good' | 'wrong';
  outcome: LoginOutcome['kind'];
}

let server: RunningServer;
let seen: SeenLogin[] = [];

beforeAll(async () => {
  const logIn = AccountBook.prototype.logIn;
  jest.spyOn(AccountBook.prototype, 'logIn').mockImplementation(function (this: AccountBook, f: LoginFields) {
    const outcome = logIn.call(this, f);
    // Only logins of the configured account count toward its lockout (not an unknown team's).
    if (f.name === DEMO_ACCOUNT.team && f.email === DEMO_ACCOUNT.email) {
      seen.push({ password: f.password === DEMO_ACCOUNT.password ? 'good' : 'wrong', outcome: outcome.kind });
    }
    return outcome;
  });
  server = await startServer({ port: 0, lockoutAfter: 3 });
});

afterAll(async () => {
  await server.close();
  jest.restoreAllMocks();
});

function checkRun(password: string, flags: RepeatedRun['flags'] = {}): RepeatedRun {
  return {
    password,
    flags: {
      target: server.url,
      team: DEMO_ACCOUNT.team,
      email: DEMO_ACCOUNT.email,
      reportDir: mkdtempSync(path.join(os.tmpdir(), 'mmc-login-budget-')),
      ...flags,
    },
  };
}

/** The most wrong passwords the account had in a row over the logins seen. */
function longestWrongStreak(logins: readonly SeenLogin[]): number {
  let streak = 0;
  let longest = 0;
  for (const login of logins) {
    streak = login.password === 'wrong' ? streak + 1 : 0;
    longest = Math.max(longest, streak);
  }
  return longest;
}

describe('the logins of one run', () => {
  beforeEach(() => {
    seen = [];
  });

  test('a full run: one wrong password, the good login right after it, nothing refused else', async () => {
    const [result] = await runChecks([checkRun(DEMO_ACCOUNT.password)]);
    expect(result).toEqual({ code: 0 });
    const wrong = seen.flatMap((login, i) => (login.password === 'wrong' ? [i] : []));
    expect(wrong).toHaveLength(1);
    expect(seen[(wrong[0] ?? -2) + 1]).toEqual({ password: 'good', outcome: 'ok' });
    expect(seen.filter((l) => l.password === 'good').every((l) => l.outcome === 'ok')).toBe(true);
  });

  test('--safe: no wrong password at all', async () => {
    const [result] = await runChecks([checkRun(DEMO_ACCOUNT.password, { safe: true })]);
    expect(result).toEqual({ code: 0 });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((l) => l.password === 'wrong')).toEqual([]);
  });

  test.each([[{}], [{ safe: true }]])(
    'a mistyped password %j: one refused login, then the run ends (exit 2) with the line that says so',
    async (flags) => {
      const [result] = await runChecks([checkRun(MISTYPED, flags)]);
      expect(result).toEqual({
        code: 2,
        error: `the server refused the login for ${DEMO_ACCOUNT.email} on team ${DEMO_ACCOUNT.team}: 401 "Login failed because of invalid password."; check MM_PASSWORD`,
      });
      expect(seen).toEqual([{ password: 'wrong', outcome: 'wrong-password' }]);
    },
  );
});

// The runs select the auth clauses only (a full run takes about 10 s here): the full run above
// shows that the auth suite holds a run's only wrong password, the other suites logging in with
// the configured password alone; the pre-flight login runs whatever is selected.
test('lockout at 3: 20 runs in a row, normal and --safe, a mistyped password among them, and the account still logs in', async () => {
  seen = [];
  const only = ['auth.'];
  const runs = Array.from({ length: 20 }, (_, i) =>
    checkRun(DEMO_ACCOUNT.password, i % 2 === 0 ? { only } : { only, safe: true }),
  );
  runs.splice(10, 0, checkRun(MISTYPED, { only }));
  const results = await runChecks(runs);
  expect(results.map((r) => r.code)).toEqual([...Array(10).fill(0), 2, ...Array(10).fill(0)]);
  expect(seen.filter((l) => l.outcome === 'locked')).toEqual([]);
  expect(longestWrongStreak(seen)).toBe(1);
  expect(seen.filter((l) => l.password === 'wrong')).toHaveLength(10 + 1);
  const after = await fetch(`${server.url}/api/v1/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: DEMO_ACCOUNT.team,
      email: DEMO_ACCOUNT.email,
      password: DEMO_ACCOUNT.password,
    }),
  });
  expect(after.status).toBe(200);
});
