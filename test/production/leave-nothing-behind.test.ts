import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/report';
import { DEMO_ACCOUNT, startServer } from '../../src/server';
import { SessionStore } from '../../src/server/auth/sessions';
import { type LoopbackServer, referenceExcept } from './support/hostile-targets';
import { type RepeatedRun, runChecks } from './support/run-checks';

// Every session a run opens is ended where the target offers a logout; a target without one is
// no worse for it. The servers run in this process, so the test sees every session they issue.
jest.setTimeout(300_000);

function fullRun(target: string, reportDir: string, flags: RepeatedRun['flags'] = {}): RepeatedRun {
  return {
    password: DEMO_ACCOUNT.password,
    flags: { target, team: DEMO_ACCOUNT.team, email: DEMO_ACCOUNT.email, reportDir, ...flags },
  };
}

const fresh = () => mkdtempSync(path.join(os.tmpdir(), 'mmc-sessions-'));
const statuses = (dir: string) =>
  (JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report).clauses.map(
    (c) => `${c.id}:${c.status}`,
  );

test.each([[{}], [{ safe: true }]])(
  '%j: every session the run opened is ended by the end of the run',
  async (flags) => {
    const issued = jest.spyOn(SessionStore.prototype, 'issue');
    const ended = jest.spyOn(SessionStore.prototype, 'end');
    const server = await startServer({ port: 0 });
    try {
      const [result] = await runChecks([fullRun(server.url, fresh(), flags)]);
      expect(result).toEqual({ code: 0 });
      const tokens = issued.mock.results.map((r) => r.value as string);
      expect(tokens.length).toBeGreaterThan(1);
      expect(ended.mock.calls.map(([token]) => token).sort()).toEqual([...tokens].sort());
    } finally {
      await server.close();
      jest.restoreAllMocks();
    }
  },
);

test('a target that offers no logout (404): its logout clauses warn, every other verdict is the same, and no failure', async () => {
  const withLogout = await startServer({ port: 0 });
  let without: LoopbackServer | undefined;
  try {
    without = await referenceExcept((req, res) => {
      if (!req.url?.endsWith('/users/logout')) return false;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
      return true;
    });
    const dirs = [fresh(), fresh()];
    const results = await runChecks([
      fullRun(withLogout.url, dirs[0] ?? ''),
      fullRun(without.url, dirs[1] ?? ''),
    ]);
    expect(results).toEqual([{ code: 0 }, { code: 0 }]);
    // Logout is documented at SHOULD: a server without it misses a recommendation, never the gate.
    const isLogout = (s: string) => s.startsWith('op.logout.');
    const [full, missing] = [statuses(dirs[0] ?? ''), statuses(dirs[1] ?? '')];
    expect(missing.filter((s) => !isLogout(s))).toEqual(full.filter((s) => !isLogout(s)));
    expect(missing.filter(isLogout)).toEqual([
      'op.logout.status_code_conformance:warn',
      'op.logout.response_headers_conformance:skip',
      'op.logout.response_schema_conformance:skip',
      'op.logout.ignored_auth:warn',
    ]);
    const logouts = without.seen.filter((r) => r.url.endsWith('/users/logout'));
    // Asked by the pre-flight and by each suite that logged in (at most six), never again after a
    // 404; and three times by the logout operation's own checks (documented call, no credentials,
    // a token never issued).
    expect(logouts.length).toBeGreaterThanOrEqual(1);
    expect(logouts.length).toBeLessThanOrEqual(6 + 3);
  } finally {
    await withLogout.close();
    await without?.close();
  }
});
