import type { Reporter, Test, TestCaseResult, TestResult } from '@jest/reporters';
import { isInteractive } from 'jest-util';
import type { Status } from '../src/model/status';
import { firstLine } from '../src/report/complete-outcomes';
import { readRecords } from '../src/runner/outcomes-file';
import { inConformanceRun, readRunConfig } from '../src/runner/run-config-file';
import { RUN_WIDE_CLAUSES, RUN_WIDE_SUITE } from '../src/runner/run-wide';
import { suiteOfFile } from '../src/runner/suite-areas';
import { type AreaProgress, progressLine } from './progress-line';

/** Where the lines go: stderr in a run; a test hands its own. */
export interface ProgressOut {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** How many selected clauses each area holds. */
  totals: Record<string, number>;
  out?: ProgressOut;
  /** Whether jest opens the run with its own unfinished line (it does when interactive). */
  jestOpensLine?: boolean;
}

type AreaState = AreaProgress & { finished?: boolean };

/**
 * Shows the run's progress on stderr, area by area: on a terminal one line redrawn in place as
 * clauses finish, elsewhere one plain line per area when it ends. Never throws mid-run: a problem
 * is kept for getLastError().
 */
export default class ProgressReporter implements Pick<Reporter, 'getLastError'> {
  private readonly out: ProgressOut;
  private readonly areas = new Map<string, AreaState>();
  private readonly jestOpensLine: boolean;
  private lastError: Error | undefined;

  constructor(_globalConfig: unknown, options: ProgressOptions) {
    this.out = options.out ?? process.stderr;
    this.jestOpensLine = options.jestOpensLine ?? isInteractive;
    for (const [area, total] of Object.entries(options.totals ?? {})) {
      this.areas.set(area, { area, done: 0, total, counts: {} });
    }
  }

  /** Clears or ends the line jest opened with "Determining test suites to run...". */
  onRunStart(): void {
    this.guard(() => {
      if (this.jestOpensLine) this.out.write(this.out.isTTY ? '\r\u001b[2K' : '\n');
    });
  }

  onTestStart(test: Test): void {
    this.guard(() => this.redraw(this.areaOf(test)));
  }

  onTestCaseStart(test: Test, info: { title: string }): void {
    this.guard(() => {
      const progress = this.areaOf(test);
      progress.current = info.title.split(' ')[0];
      this.redraw(progress);
    });
  }

  onTestCaseResult(test: Test, _result: TestCaseResult): void {
    this.guard(() => {
      const progress = this.areaOf(test);
      progress.done++;
      progress.current = undefined;
      this.redraw(progress);
    });
  }

  onTestResult(test: Test, result: TestResult): void {
    this.guard(() => {
      const progress = this.areaOf(test);
      progress.current = undefined;
      progress.done = Math.max(progress.done, result.testResults.length);
      const crash = result.testExecError?.message;
      if (crash) progress.problem = `the suite could not run: ${firstLine(crash)}`;
      progress.counts = this.recordedCounts(progress.area);
      this.finish(progress);
    });
  }

  onRunComplete(): void {
    this.guard(() => {
      for (const progress of this.areas.values()) {
        if (progress.finished) continue;
        progress.problem ??= 'no suite ran';
        this.finish(progress);
      }
    });
  }

  getLastError(): Error | undefined {
    return this.lastError;
  }

  private areaOf(test: Test): AreaState {
    const area = suiteOfFile(test.path) ?? test.path;
    let progress = this.areas.get(area);
    if (!progress) {
      progress = { area, done: 0, total: 0, counts: {} };
      this.areas.set(area, progress);
    }
    return progress;
  }

  private redraw(progress: AreaProgress): void {
    if (!this.out.isTTY) return;
    const columns = this.out.columns || 80;
    this.out.write(`\r\u001b[2K${progressLine(progress).slice(0, Math.max(columns - 1, 20))}`);
  }

  private finish(progress: AreaState): void {
    progress.finished = true;
    this.out.write(`${this.out.isTTY ? '\r\u001b[2K' : ''}${progressLine(progress)}\n`);
  }

  /**
   * The statuses the area's clauses recorded, read from the run's outcomes file; for the run-wide
   * suite, those of the clauses it judges, as it recorded them last.
   */
  private recordedCounts(area: string): Partial<Record<Status, number>> {
    if (!inConformanceRun()) return {};
    const runWide = area === RUN_WIDE_SUITE;
    const latest = new Map<string, Status>();
    for (const record of readRecords(readRunConfig().outcomesPath)) {
      if (record.kind !== 'clause-outcome') continue;
      const counted = runWide
        ? (RUN_WIDE_CLAUSES as readonly string[]).includes(record.id)
        : record.id.startsWith(`${area}.`);
      if (counted && (runWide || !latest.has(record.id))) latest.set(record.id, record.status);
    }
    const counts: Partial<Record<Status, number>> = {};
    for (const status of latest.values()) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }

  private guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      this.lastError = error instanceof Error ? error : new Error(String(error));
    }
  }
}
