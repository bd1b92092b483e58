import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Exchange } from '../../src/model/exchange';
import type { Report } from '../../src/report';
import { DEMO_ACCOUNT, type RunningServer, type ServerOptions, startServer } from '../../src/server';
import { runCli } from './run-cli';

// The areas before the rate suite run side by side, every check of each at once, where the
// allowance the checks before the suites saw covers them all, and one after another where the limit
// is tight: judged by when each area's exchanges went, in the report's transcript. Either way each clause ends as it must: against the
// clean server passing (or an observation), and against any server as one after another.
jest.setTimeout(120_000);

const AREAS = ['api', 'auth', 'errors', 'op'];

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Each area's first request sent and last answer received, ms since the epoch, in the order run. */
function spans(report: Report): { area: string; fromMs: number; toMs: number }[] {
  return (report.transcript ?? []).map(({ area, exchanges }) => ({
    area,
    fromMs: Math.min(...exchanges.map((e) => Date.parse(e.startedAt))),
    toMs: Math.max(...exchanges.map((e) => Date.parse(e.startedAt) + e.durationMs)),
  }));
}

async function checkAt(rate: number, options: Partial<ServerOptions> = {}): Promise<Report> {
  server = await startServer({ ...options, port: 0, rate });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-side-by-side-'));
  const result = await runCli(
    [
      '--target',
      server.url,
      '--report-dir',
      dir,
      '--format',
      'json',
      '--only',
      AREAS.map((a) => `${a}.`).join(','),
    ],
    { MM_TEAM: DEMO_ACCOUNT.team, MM_EMAIL: DEMO_ACCOUNT.email, MM_PASSWORD: DEMO_ACCOUNT.password },
  );
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
  return JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
}

/** The clauses selected that neither pass nor are observations. */
function notPassing(report: Report): string[] {
  return report.clauses
    .filter((c) => c.skipReason !== 'not-selected' && c.status !== 'pass' && c.status !== 'info')
    .map((c) => `${c.id}:${c.status}`);
}

test('at 1000/s every area starts before the first has ended', async () => {
  const report = await checkAt(1000);
  expect(notPassing(report)).toEqual([]);
  const areas = spans(report);
  expect(areas.map((a) => a.area).sort()).toEqual([...AREAS].sort());
  const endOfFirst = Math.min(...areas.map((a) => a.toMs));
  for (const area of areas)
    expect({ area: area.area, before: area.fromMs < endOfFirst }).toEqual({ area: area.area, before: true });
});

test('at 1000/s each area judges its checks at once: 50 ms away, auth sends requests of several before its first answer', async () => {
  // One after another, the first check's login would be the only request before that answer.
  const report = await checkAt(1000, { latencyMs: 50 });
  expect(notPassing(report)).toEqual([]);
  const auth = report.transcript?.find((t) => t.area === 'auth')?.exchanges ?? [];
  const sentAt = (e: (typeof auth)[0]) => Date.parse(e.startedAt);
  const firstAnswer = Math.min(...auth.map((e) => sentAt(e) + e.durationMs));
  expect(auth.filter((e) => sentAt(e) < firstAnswer).length).toBeGreaterThanOrEqual(3);
});

test('at 10/s each area starts once the one before it has ended', async () => {
  const report = await checkAt(10);
  expect(notPassing(report)).toEqual([]);
  const areas = spans(report);
  expect(areas.map((a) => a.area)).toEqual(AREAS);
  for (let i = 1; i < areas.length; i++) {
    const [before, area] = [areas[i - 1], areas[i]] as [(typeof areas)[0], (typeof areas)[0]];
    expect({ area: area.area, after: area.fromMs >= before.toMs }).toEqual({ area: area.area, after: true });
  }
});

test('a logout that ends every session of the account: side by side, each clause ends as one after another', async () => {
  // The document does not say what a logout ends: such a server keeps it. Side by side, a logout
  // waits until no other check is in the middle of its work, so that none loses the session it uses
  // to another's logout. 50 ms away, a logout that did not wait would land in the middle of them.
  const statuses = (report: Report) =>
    report.clauses.filter((c) => c.skipReason !== 'not-selected').map((c) => `${c.id}:${c.status}`);
  const sideBySide = await checkAt(1000, { logoutEnds: 'every-session', latencyMs: 50 });
  await server?.close();
  const oneAfterAnother = await checkAt(10, { logoutEnds: 'every-session' });
  expect(statuses(sideBySide)).toEqual(statuses(oneAfterAnother));
  expect(notPassing(sideBySide)).toEqual([]);
  // The op area's logout went once every other area's checks had their answers.
  const exchanges = (report: Report, areas: string[]) =>
    (report.transcript ?? []).filter((t) => areas.includes(t.area)).flatMap((t) => t.exchanges);
  const isLogout = (e: Exchange) => new URL(e.request.url).pathname.endsWith('/users/logout');
  const sentAt = (e: Exchange) => Date.parse(e.startedAt);
  const logoutAt = Math.min(
    ...exchanges(sideBySide, ['op'])
      .filter((e) => isLogout(e) && e.response?.status === 200)
      .map(sentAt),
  );
  const othersAnswered = Math.max(
    ...exchanges(sideBySide, ['api', 'auth', 'errors'])
      .filter((e) => !isLogout(e))
      .map((e) => sentAt(e) + e.durationMs),
  );
  // startedAt counts whole milliseconds.
  expect(logoutAt + 1).toBeGreaterThanOrEqual(othersAnswered);
});
