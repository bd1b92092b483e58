import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Status } from '../src/model/status';
import type { Report, ReportClause } from '../src/report';
import { type CliResult, runCli } from './cli/run-cli';
import { fullCatalogue } from './support/full-catalogue';
import {
  MATTERMOST_1X_ACCOUNT,
  type Mattermost1xServer,
  startMattermost1xServer,
} from './support/mattermost-1x-shapes';

// The command, run against a server that answers in the shapes a real Mattermost 1.x release
// shows (test/support/mattermost-1x-shapes): each clause must be judged by the document — the
// shapes it allows pass, the deviations are reported at their level, and nothing is an error.
jest.setTimeout(120_000);

/** The verdict of a full run, clause by clause, in catalogue order. */
const FULL_RUN: Record<string, Status> = {
  'api.base-path': 'pass',
  // the unknown route answers an HTML page, its body cut short
  'api.json-body': 'fail',
  'api.json-content-type': 'pass', // application/json without a charset
  // the unknown route's HTML page carries no X-Request-Id
  'api.request-id': 'warn',
  'api.request-id-unique': 'pass',
  'auth.login-returns-token': 'pass',
  'auth.login-returns-user': 'pass', // a User object of many fields
  'auth.login-example-request': 'pass',
  'auth.login-sets-cookie': 'pass', // two Set-Cookie headers, MMSID and MMTEAMID
  'auth.bearer-accepted': 'pass', // Authorization accepted, Authentication ignored
  'auth.cookie-accepted': 'pass',
  'auth.unauthenticated-no-user': 'pass', // the empty 200 holds no User object
  // /users/me without credentials answers 200 with an empty body
  'auth.unauthenticated-refused': 'warn',
  'auth.wrong-password-refused': 'pass', // 403, with is_oauth in the error body
  'auth.no-password-in-user': 'pass', // "password": "", in every User object of the run
  // every session's token keeps authenticating until the run's logout (MMSID expired by it)
  'auth.session-kept': 'pass',
  // the unknown route's HTML page is no JSON error body
  'errors.body-schema': 'fail',
  'errors.status-code-matches': 'pass',
  'errors.request-id-matches': 'pass',
  'errors.message-present': 'pass',
  // an unknown team answers 500, with database text in detailed_error
  'errors.client-fault-4xx': 'fail',
  'op.login.status_code_conformance': 'pass',
  'op.login.response_headers_conformance': 'pass',
  'op.login.response_schema_conformance': 'pass',
  // an unknown team answers 500 here too
  'op.login.input_classes': 'fail',
  'op.login.error_response_conformance': 'pass',
  'op.getMe.status_code_conformance': 'pass',
  'op.getMe.response_headers_conformance': 'pass',
  'op.getMe.response_schema_conformance': 'pass',
  // /users/me without credentials answers 200 with an empty body
  'op.getMe.ignored_auth': 'warn',
  'op.logout.status_code_conformance': 'pass', // {"user_id": …}, and MMSID expired
  'op.logout.response_headers_conformance': 'pass',
  'op.logout.response_schema_conformance': 'pass',
  'op.logout.ignored_auth': 'pass',
  'op.getUserById.status_code_conformance': 'pass',
  'op.getUserById.response_headers_conformance': 'pass',
  'op.getUserById.response_schema_conformance': 'pass',
  'op.getUserById.ignored_auth': 'pass',
  'op.getUserById.input_classes': 'pass', // another user's id: 403, no permission
  'op.getUserById.error_response_conformance': 'pass',
  'rate.headers-present': 'pass', // X-Ratelimit-* and X-RateLimit-* alike
  'rate.headers-integers': 'pass',
  'rate.limit-constant': 'pass',
  'rate.remaining-in-range': 'pass',
  'rate.remaining-decrements': 'pass',
  'rate.limit-enforced': 'pass',
  'rate.limit-response-headers': 'pass',
  'rate.limit-body': 'pass', // text/plain `limit exceeded`, with Retry-After
  'rate.reset-form': 'pass', // seconds left
  'rate.recovers-after-reset': 'pass',
  // Reset 1 names a moment within the second of rounding: nothing to observe, an info that says so.
  'rate.reset-truthful': 'info',
  // an observation: the limiter keys by address and port, one allowance per connection
  'rate.budget-scope': 'info',
};

const catalogue = fullCatalogue();

/** Under --safe the active clauses are skipped and every other one is judged as in a full run. */
const SAFE_RUN: Record<string, Status> = Object.fromEntries(
  catalogue.clauses.map((c) => [c.id, c.active ? 'skip' : (FULL_RUN[c.id] as Status)]),
);

interface Run {
  server: Mattermost1xServer;
  result: CliResult;
  /** report.json as written. */
  text: string;
  report: Report;
}

const reportDirs: string[] = [];

async function check(extraArgs: string[]): Promise<Run> {
  const server = await startMattermost1xServer();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-real-shapes-'));
  reportDirs.push(dir);
  try {
    const result = await runCli(
      [
        '--target',
        server.url,
        '--team',
        MATTERMOST_1X_ACCOUNT.team,
        '--email',
        MATTERMOST_1X_ACCOUNT.email,
        '--report-dir',
        dir,
        ...extraArgs,
      ],
      { MM_PASSWORD: MATTERMOST_1X_ACCOUNT.password },
    );
    const text = readFileSync(path.join(dir, 'report.json'), 'utf8');
    return { server, result, text, report: JSON.parse(text) as Report };
  } finally {
    await server.close();
  }
}

function statuses(report: Report): Record<string, Status> {
  return Object.fromEntries(report.clauses.map((c) => [c.id, c.status]));
}

function clause(report: Report, id: string): ReportClause {
  const found = report.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id} in the report`);
  return found;
}

/** The secrets of a run, in every form a record may take them: the password and each issued token. */
function secretForms(run: Run): string[] {
  return [MATTERMOST_1X_ACCOUNT.password, ...run.server.issuedTokens].flatMap((secret) => [
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
  ]);
}

function expectNoSecret(run: Run): void {
  expect(run.server.issuedTokens.length).toBeGreaterThan(0);
  for (const [name, output] of Object.entries({
    'report.json': run.text,
    stdout: run.result.stdout,
    stderr: run.result.stderr,
  })) {
    expect({ name, leaked: secretForms(run).filter((form) => output.includes(form)) }).toEqual({
      name,
      leaked: [],
    });
  }
}

let full: Run;
let safe: Run;

beforeAll(async () => {
  [full, safe] = await Promise.all([check([]), check(['--safe'])]);
});

afterAll(() => {
  for (const dir of reportDirs) rmSync(dir, { recursive: true, force: true });
});

test('the table names every clause of the catalogue', () => {
  expect(Object.keys(FULL_RUN)).toEqual(catalogue.clauses.map((c) => c.id));
  expect(Object.keys(FULL_RUN)).toHaveLength(52);
});

describe('a full run against a Mattermost 1.x server', () => {
  test('judges each clause by the document', () => {
    expect(statuses(full.report)).toEqual(FULL_RUN);
  });

  test('exits 1 on the broken MUST clauses, with a FAIL verdict', () => {
    expect({ code: full.result.code, stderr: full.result.stderr }).toMatchObject({ code: 1 });
    expect(full.report).toMatchObject({
      verdict: 'fail',
      gate: 'must',
      gateFailures: [
        'api.json-body',
        'errors.body-schema',
        'errors.client-fault-4xx',
        'op.login.input_classes',
      ],
    });
    expect(full.result.stdout.trimEnd().split('\n').at(-1)).toMatch(/^FAIL {2}4 clauses fail the gate/);
  });

  test('names the shape behind each deviation', () => {
    const actual = (id: string) => clause(full.report, id).violations.map((v) => v.actual);
    expect(actual('api.json-body')).toEqual([
      expect.stringMatching(/^404 with a text\/html body that is not JSON \(cut short\)$/),
    ]);
    expect(actual('errors.body-schema')).toEqual([
      expect.stringMatching(/^404 with a text\/html body that is not JSON \(cut short\)$/),
    ]);
    expect(actual('api.request-id')).toEqual(['404 with no X-Request-Id header']);
    expect(actual('auth.unauthenticated-refused')).toEqual(['200 with an empty body']);
    expect(actual('errors.client-fault-4xx')).toEqual([expect.stringMatching(/^500 with an error body/)]);
  });

  test('reports the readings the server chose', () => {
    const note = (id: string) => clause(full.report, id).note;
    expect(note('rate.budget-scope')).toMatch(/^Each connection has its own allowance/);
    expect(note('auth.bearer-accepted')).toMatch(/accepts the token in Authorization\./);
    expect(note('rate.limit-body')).toMatch(/plain text of the 429 example \(text\/plain\)/);
    expect(note('rate.reset-form')).toMatch(/reads as seconds left/);
  });

  test('sends one wrong password, and bursts to 429', () => {
    expect(full.server.counts.wrongPasswords).toBe(1);
    expect(full.server.counts.limitExceeded).toBeGreaterThan(0);
  });

  test('shows neither the password nor any token the server issued', () => {
    expectNoSecret(full);
    // The unknown-team login sent the password, and its evidence shows where it went.
    expect(JSON.stringify(clause(full.report, 'errors.client-fault-4xx').evidence)).toContain('$MM_PASSWORD');
  });
});

describe('a --safe run against a Mattermost 1.x server', () => {
  test('skips the active clauses and judges the rest as a full run does', () => {
    expect(statuses(safe.report)).toEqual(SAFE_RUN);
    for (const c of safe.report.clauses.filter((c) => c.active))
      expect(c.note).toBe('--safe: this check sends a burst or a wrong password');
    expect(safe.result.code).toBe(1);
  });

  test('sends no wrong password and never meets a 429', () => {
    expect(safe.server.counts).toMatchObject({ wrongPasswords: 0, limitExceeded: 0 });
  });

  test('shows neither the password nor any token the server issued', () => {
    expectNoSecret(safe);
  });
});
