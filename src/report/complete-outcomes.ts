import { areaOf, type Catalogue, type Clause } from '../model/clause';
import { type Outcome, outcomeOf } from '../model/outcome';
import { isSelected } from '../runner/run-config';
import { RUN_WIDE_ONLY, RUN_WIDE_SUITE } from '../runner/run-wide';
import { SUITE_NOT_LOADED, suiteOfTest } from '../runner/suite-areas';

/** What jest says of the run's test file: the part of its TestResult this module reads. */
export interface SuiteFileResult {
  testExecError?: { message: string } | null;
  failureMessage?: string | null;
  testResults: { ancestorTitles: string[]; title: string; status: string; failureMessages: string[] }[];
}

export const NOT_SELECTED = 'not selected by --only';

/**
 * One outcome per catalogue clause, in catalogue order. A clause --only left out is a `skip`; a
 * selected clause without a recorded outcome is an `error` saying why: its test failed before it
 * recorded one (the failure's first line), its suite could not run, or no check exists for it.
 */
export function completeOutcomes(
  catalogue: Catalogue,
  outcomes: readonly Outcome[],
  suites: readonly SuiteFileResult[],
  only: readonly string[],
): Outcome[] {
  const recorded = new Map<string, Outcome>();
  for (const outcome of outcomes) if (!recorded.has(outcome.id)) recorded.set(outcome.id, outcome);
  return catalogue.clauses.map((clause) => {
    if (!isSelected(clause.id, only))
      return outcomeOf(clause, 'skip', { note: NOT_SELECTED, skipReason: 'not-selected' });
    const outcome = recorded.get(clause.id);
    if (outcome) return { ...outcome, level: clause.level };
    return outcomeOf(clause, 'error', { note: whyNoOutcome(clause, suites) });
  });
}

function whyNoOutcome(clause: Clause, suites: readonly SuiteFileResult[]): string {
  for (const suite of suites) {
    const test = suite.testResults.find((t) => titleNames(t.title, clause.id));
    if (test?.status === 'failed') {
      return `its test failed without recording an outcome: ${firstLine(test.failureMessages[0]) || 'no message'}`;
    }
  }
  // A clause only the run-wide suite judges has no test in its area's suite.
  const owner = RUN_WIDE_ONLY.includes(clause.id) ? RUN_WIDE_SUITE : areaOf(clause.id);
  for (const suite of suites) {
    const notLoaded = suite.testResults.find((t) => t.title === SUITE_NOT_LOADED && suiteOfTest(t) === owner);
    const crash =
      notLoaded?.failureMessages[0] ??
      suite.testExecError?.message ??
      (suite.testResults.length ? undefined : suite.failureMessage);
    if (crash) return `the ${owner} suite could not run: ${firstLine(crash) || 'no message'}`;
  }
  return `the checker has no check for ${clause.id}`;
}

/** A test title names a clause when it starts with the id followed by a space or its end. */
function titleNames(title: string, id: string): boolean {
  return title === id || title.startsWith(`${id} `);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes are control characters
const ANSI = /\u001b\[[0-9;]*m/g;

/** The first non-empty line of a jest failure, without colour codes, markers or a plain `Error:` prefix. */
export function firstLine(text: string | null | undefined): string {
  const line = (text ?? '')
    .replace(ANSI, '')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !l.startsWith('●'));
  return (line ?? '').replace(/^Error: /, '');
}
