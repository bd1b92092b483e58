import path from 'node:path';
import { DEFAULT_SPEC_PATH, PROJECT_ROOT } from '../catalogue/paths';
import type { Contract } from '../contract/contract';
import { loadContract } from '../contract/load-contract';
import { SpecError } from '../contract/spec-error';
import { baselineMismatch } from '../gate/baseline';
import type { GateFacts } from '../gate/gate-record';
import { AREAS, type Area, areaOf, type Catalogue } from '../model/clause';
import { Pacer } from '../ratelimit/pacer';
import {
  FORMATS,
  type Report,
  type ReportWriter,
  reportOfRun,
  undecidedGated,
  useColour,
  WRITERS,
  writeReports,
} from '../report';
import { writeMarkdown } from '../report/markdown';
import type { FinishedRun } from '../report/pipeline';
import { LeakError } from '../report/redact-report';
import { visible } from '../report/visible-text';
import { isSelected } from '../runner/run-config';
import { runSuites } from '../runner/run-suites';
import { RUN_WIDE_CLAUSES, RUN_WIDE_ONLY, RUN_WIDE_SUITE } from '../runner/run-wide';
import { DEMO_ACCOUNT } from '../server/server-options';
import type { CheckOptions } from './check-options';
import { preflight } from './preflight';
import { type RunningReferenceServer, startReferenceServer } from './reference-server';
import { CannotRun, EXIT } from './usage-error';
import { TOOL_NAME, toolVersion } from './version';
import { checkFileWritable, checkOutputsWritable } from './writable-outputs';

const extension = path.extname(__filename);
const PROGRESS_REPORTER = path.resolve(__dirname, '../../reporters', `progress-reporter${extension}`);

/**
 * A conformance run: spec, target, suites; then the outcome pipeline (complete → build → redact)
 * and the writers (report.json, the verdict block, …); returns the exit code.
 */
export async function runCheck(options: CheckOptions, catalogue: Catalogue): Promise<number> {
  const startedAt = new Date();
  const writers = chooseWriters(options.formats);
  const specPath = options.spec?.path ?? DEFAULT_SPEC_PATH;
  const contract = await readContract(specPath);
  checkOutputsWritable(
    options.reportDir,
    writers.flatMap((writer) => (writer.file === undefined ? [] : [writer.file])),
  );
  if (options.markdown) checkFileWritable(options.markdown);

  const target = await resolveTarget(options);
  try {
    const { url, account } = target;
    const gating = gateFacts(options, contract, { url, builtIn: target.server !== undefined });
    const timeoutMs = Math.round(options.timeoutSeconds * 1000);
    const pacer = new Pacer(contract.headers);
    const probed = await preflight(url, contract, account, { timeoutMs, insecure: options.insecure, pacer });

    const totals = areaTotals(catalogue, options.only);
    const selected = catalogue.clauses.filter((c) => isSelected(c.id, options.only)).length;
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
      pacer,
    );

    const report = finish({
      catalogue,
      recorded: result,
      suites: result.jest.testResults,
      only: options.only,
      facts: {
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
        ...gating,
      },
      secrets: {
        password: account.password,
        tokenHeader: contract.headers.token,
        sessionCookie: contract.sessionCookie.name,
      },
    });
    write(report, options.reportDir, writers);
    if (options.markdown) writeMarkdownTo(options.markdown, report);
    return exitCodeOf(report);
  } finally {
    await target.server?.close();
  }
}

/** The run's outcomes through the pipeline (src/report/pipeline.ts): the one redacted Report. */
function finish(run: FinishedRun): Report {
  try {
    // The gate (waivers, baseline, --fail-on) is decided as the Report is built, from run.facts.
    return reportOfRun(run, []);
  } catch (error) {
    if (error instanceof LeakError) throw new CannotRun(error.message);
    throw error;
  }
}

function write(report: Report, dir: string, writers: readonly ReportWriter[]): void {
  try {
    writeReports(report, writers, {
      dir,
      out: process.stdout,
      colour: useColour(process.stdout, process.env),
      display: displayPath,
    });
  } catch (error) {
    throw new CannotRun(`cannot write the report to ${dir}: ${(error as Error).message}`);
  }
}

/** `--markdown FILE`: the Markdown summary also goes where CI reads it, e.g. $GITHUB_STEP_SUMMARY. */
function writeMarkdownTo(file: string, report: Report): void {
  try {
    writeMarkdown(file, report);
  } catch (error) {
    throw new CannotRun(`cannot write the Markdown summary to ${file}: ${(error as Error).message}`);
  }
}

/** The writers `--format` chose, in the pipeline's order (every one by default). */
export function chooseWriters(formats: readonly string[] | undefined): ReportWriter[] {
  const unknown = formats?.find((format) => !FORMATS.includes(format));
  if (unknown !== undefined)
    throw new CannotRun(`--format ${unknown}: expected one of ${FORMATS.join(', ')} (comma-separated)`);
  return WRITERS.filter((writer) => formats === undefined || formats.includes(writer.format));
}

/** 0 when the gate holds, 1 when it fails; a gated clause left undecided ends the run with 2. */
function exitCodeOf(report: Report): number {
  if (report.verdict === 'undecided') {
    const undecided = undecidedGated(report.clauses, report.gate);
    const first = report.clauses.find((c) => c.id === undecided[0]);
    throw new CannotRun(
      `${undecided.length} gated clause(s) could not be decided; the first: ${first?.id}: ${visible(first?.note ?? 'no reason')}`,
    );
  }
  return report.verdict === 'pass' ? EXIT.pass : EXIT.fail;
}

/**
 * What the gate needs beside the outcomes: the spec's identity, the waivers, and the baseline,
 * refused (before any request) when it checked another spec version or target, unless --baseline-any.
 */
function gateFacts(
  options: CheckOptions,
  contract: Contract,
  target: { url: string; builtIn: boolean },
): GateFacts {
  const spec = contract.identity;
  const facts: GateFacts = { spec, ...(options.waivers ? { waivers: options.waivers } : {}) };
  if (options.baseline) {
    const mismatch = baselineMismatch(options.baseline.record, { spec, target });
    if (mismatch && !options.baseline.any) throw new CannotRun(mismatch);
    facts.baseline = { ...options.baseline.record, ...(mismatch ? { mismatch } : {}) };
  }
  return facts;
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

/**
 * How many selected clauses each suite judges, for the progress lines: each area's own (those only
 * the run-wide suite judges left out), then the run-wide suite's.
 */
export function areaTotals(
  catalogue: Catalogue,
  only: readonly string[],
): Partial<Record<Area | typeof RUN_WIDE_SUITE, number>> {
  const totals: Partial<Record<Area | typeof RUN_WIDE_SUITE, number>> = {};
  const selected = catalogue.clauses.filter((c) => isSelected(c.id, only));
  for (const area of AREAS) {
    const count = selected.filter((c) => areaOf(c.id) === area && !RUN_WIDE_ONLY.includes(c.id)).length;
    if (count > 0) totals[area] = count;
  }
  const runWide = selected.filter((c) => (RUN_WIDE_CLAUSES as readonly string[]).includes(c.id)).length;
  if (runWide > 0) totals[RUN_WIDE_SUITE] = runWide;
  return totals;
}

/** The path relative to the working folder when it lies inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
