import type { Reporter, Test, TestResult } from '@jest/reporters';
import { isInteractive } from 'jest-util';
import type { Status } from '../src/model/status';
import { firstLine } from '../src/report/complete-outcomes';
import { readRecords } from '../src/runner/outcomes-file';
import { inConformanceRun, readRunConfig } from '../src/runner/run-config-file';
import { RUN_WIDE_CLAUSES, RUN_WIDE_SUITE } from '../src/runner/run-wide';
import { SUITE_NOT_LOADED, suiteOfTest } from '../src/runner/suite-areas';
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

/** What the reporter reads of a test as it starts or ends: its title, and the suite's describe block around it. */
interface TestCase {
  title: string;
  ancestorTitles: string[];
  failureMessages?: string[];
}

/**
 * Shows the run's progress on stderr, area by area: on a terminal one line redrawn in place as
 * clauses finish, elsewhere one plain line per area when it ends. The suites run one after another
 * in the run's one test file, each in a describe block named for it: an area ends when the next
 * begins, or with the file. Never throws mid-run: a problem is kept for getLastError().
 */
export default class ProgressReporter implements Pick<Reporter, 'getLastError'> {
  private readonly out: ProgressOut;
  private readonly areas = new Map<string, AreaState>();
  private readonly jestOpensLine: boolean;
  private lastError: Error | undefined;
  /** The area whose suite is running. */
  private running: AreaState | undefined;

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

  onTestCaseStart(_test: Test, test: TestCase): void {
    this.guard(() => {
      const progress = this.enter(test);
      progress.current = test.title.split(' ')[0];
      this.redraw(progress);
    });
  }

  onTestCaseResult(_test: Test, test: TestCase): void {
    this.guard(() => {
      const progress = this.enter(test);
      progress.current = undefined;
      if (test.title === SUITE_NOT_LOADED) progress.problem = couldNotRun(test.failureMessages?.[0]);
      else progress.done++;
      this.redraw(progress);
    });
  }

  /** The file ended: so did the area running; a file that could not run took every area left with it. */
  onTestResult(_test: Test, result: TestResult): void {
    this.guard(() => {
      if (this.running && !this.running.finished) this.finish(this.running);
      const crash = result.testExecError?.message;
      if (!crash) return;
      for (const progress of this.areas.values()) {
        if (progress.finished) continue;
        progress.problem = couldNotRun(crash);
        this.finish(progress);
      }
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

  /** The area of the test's suite, which has begun: the area that ran before it has ended. */
  private enter(test: TestCase): AreaState {
    const area = suiteOfTest(test) ?? test.title;
    let progress = this.areas.get(area);
    if (!progress) {
      progress = { area, done: 0, total: 0, counts: {} };
      this.areas.set(area, progress);
    }
    if (this.running !== progress) {
      if (this.running && !this.running.finished) this.finish(this.running);
      this.running = progress;
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
    progress.current = undefined;
    if (progress.problem === undefined) progress.counts = this.recordedCounts(progress.area);
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

function couldNotRun(crash: string | undefined): string {
  return `the suite could not run: ${firstLine(crash) || 'no message'}`;
}
