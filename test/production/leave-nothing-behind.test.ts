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

test('a target that offers no logout (404): the same verdicts, and no failure', async () => {
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
    expect(statuses(dirs[1] ?? '')).toEqual(statuses(dirs[0] ?? ''));
    const logouts = without.seen.filter((r) => r.url.endsWith('/users/logout'));
    // Asked by the pre-flight and by each suite that logged in (at most five), never again after a 404.
    expect(logouts.length).toBeGreaterThanOrEqual(1);
    expect(logouts.length).toBeLessThanOrEqual(5);
  } finally {
    await withLogout.close();
    await without?.close();
  }
});
