import path from 'node:path';
import { DEFAULT_SPEC_PATH, PROJECT_ROOT } from '../catalogue/paths';
import type { Contract } from '../contract/contract';
import { loadContract } from '../contract/load-contract';
import { SpecError } from '../contract/read-spec';
import { AREAS, type Area, areaOf, type Catalogue } from '../model/clause';
import {
  buildReport,
  completeOutcomes,
  formatVerdictBlock,
  prepareReportDir,
  undecidedGated,
  useColour,
  writeReport,
} from '../report';
import { LeakError } from '../report/redact-report';
import { isSelected } from '../runner/run-config';
import { runSuites } from '../runner/run-suites';
import { DEMO_ACCOUNT } from '../server/server-options';
import type { CheckOptions } from './check-options';
import { preflight } from './preflight';
import { type RunningReferenceServer, startReferenceServer } from './reference-server';
import { CannotRun, EXIT } from './usage-error';
import { TOOL_NAME, toolVersion } from './version';
import { checkOutputsWritable } from './writable-outputs';

const extension = path.extname(__filename);
const PROGRESS_REPORTER = path.resolve(__dirname, '../../reporters', `progress-reporter${extension}`);

/** A conformance run: spec, target, suites, report.json, the verdict block; returns the exit code. */
export async function runCheck(options: CheckOptions, catalogue: Catalogue): Promise<number> {
  const startedAt = new Date();
  const specPath = options.spec?.path ?? DEFAULT_SPEC_PATH;
  const contract = await readContract(specPath);
  try {
    prepareReportDir(options.reportDir);
  } catch (error) {
    throw new CannotRun(`cannot create the report folder ${options.reportDir}: ${(error as Error).message}`);
  }
  checkOutputsWritable(options.reportDir);

  const target = await resolveTarget(options);
  try {
    const { url, account } = target;
    const timeoutMs = Math.round(options.timeoutSeconds * 1000);
    const probed = await preflight(url, contract, account, { timeoutMs, insecure: options.insecure });

    const totals = areaTotals(catalogue, options.only);
    const selected = Object.values(totals).reduce((a, b) => a + b, 0);
    process.stderr.write(
      `checking ${url}: ${selected} clause${selected === 1 ? '' : 's'}${options.safe ? ', passive checks only (--safe)' : ''}\n`,
    );
    const result = await runSuites(
      {
        target: url,
        team: account.team,
        email: account.email,
        specPath,
        safe: options.safe,
        strict: options.strict,
        timeoutMs,
        insecure: options.insecure,
        only: options.only,
      },
      account.password,
      [[PROGRESS_REPORTER, { totals }]],
    );

    const outcomes = completeOutcomes(catalogue, result.outcomes, result.jest.testResults, options.only);
    const built = buildReport(catalogue, outcomes, {
      tool: { name: TOOL_NAME, version: toolVersion() },
      target: { url, builtIn: target.server !== undefined },
      startedAt,
      finishedAt: new Date(),
      requests: result.requests + probed,
      gate: options.gate,
      options: {
        safe: options.safe,
        only: options.only,
        strict: options.strict,
        timeoutSeconds: options.timeoutSeconds,
        insecure: options.insecure,
        spec: options.spec?.given ?? path.relative(PROJECT_ROOT, DEFAULT_SPEC_PATH),
      },
    });
    let written: { file: string; report: typeof built };
    try {
      written = writeReport(options.reportDir, built, {
        password: account.password,
        tokenHeader: contract.headers.token,
        sessionCookie: contract.sessionCookie.name,
      });
    } catch (error) {
      if (error instanceof LeakError) throw new CannotRun(error.message);
      throw new CannotRun(`cannot write the report to ${options.reportDir}: ${(error as Error).message}`);
    }
    process.stdout.write(
      `\n${formatVerdictBlock(written.report, {
        reportPath: displayPath(written.file),
        colour: useColour(process.stdout, process.env),
      })}`,
    );
    if (written.report.verdict === 'undecided') {
      const undecided = undecidedGated(written.report.clauses, written.report.gate);
      const first = written.report.clauses.find((c) => c.id === undecided[0]);
      throw new CannotRun(
        `${undecided.length} gated clause(s) could not be decided; the first: ${first?.id}: ${first?.note ?? 'no reason'}`,
      );
    }
    return written.report.verdict === 'pass' ? EXIT.pass : EXIT.fail;
  } finally {
    await target.server?.close();
  }
}

interface Target {
  url: string;
  account: { team: string; email: string; password: string };
  /** The built-in reference server, when the run started it. */
  server?: RunningReferenceServer;
}

/** The target given, with its account; or, without --target, the built-in server and its demo account. */
async function resolveTarget(options: CheckOptions): Promise<Target> {
  if (options.target !== undefined) {
    if (!options.credentials) throw new CannotRun('checking --target needs an account to log in with');
    return { url: options.target, account: options.credentials };
  }
  const server = await startBuiltIn();
  process.stderr.write(`no --target: checking the built-in reference server at ${server.url}\n`);
  return { url: server.url, account: { ...DEMO_ACCOUNT }, server };
}

async function readContract(specPath: string): Promise<Contract> {
  try {
    return await loadContract(specPath);
  } catch (error) {
    if (error instanceof SpecError) throw new CannotRun(error.message);
    throw new CannotRun(`the OpenAPI document ${specPath} cannot be used: ${(error as Error).message}`);
  }
}

async function startBuiltIn(): Promise<RunningReferenceServer> {
  try {
    return await startReferenceServer({ port: 0 });
  } catch (error) {
    throw new CannotRun(`the built-in reference server could not start: ${(error as Error).message}`);
  }
}

/** How many selected clauses each area holds, for the progress lines. */
export function areaTotals(catalogue: Catalogue, only: readonly string[]): Partial<Record<Area, number>> {
  const totals: Partial<Record<Area, number>> = {};
  for (const area of AREAS) {
    const count = catalogue.clauses.filter((c) => areaOf(c.id) === area && isSelected(c.id, only)).length;
    if (count > 0) totals[area] = count;
  }
  return totals;
}

/** The path relative to the working folder when it lies inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
