import type { Status } from '../model/status';

/** How a clause now stands against the baseline run. */
export const BASELINE_STATUSES = ['new-failure', 'still-failing', 'fixed', 'unchanged'] as const;
export type BaselineStatus = (typeof BASELINE_STATUSES)[number];

/** What identifies the contract a run checked: the OpenAPI document's info title and version. */
export interface SpecIdentity {
  title: string;
  version: string;
}

/** What a baseline run says: the part of its report.json the comparison needs. */
export interface Baseline {
  file: string;
  startedAt: string;
  target: { url: string; builtIn: boolean };
  /** Absent in a record written before reports named their spec. */
  spec?: SpecIdentity;
  clauses: { id: string; status: Status }[];
}

/** A broken promise: a MUST that fails or a SHOULD that warns. */
export function isBroken(status: Status): boolean {
  return status === 'fail' || status === 'warn';
}

/**
 * Each clause against the baseline: broken now and not then (or unknown then) is a new failure;
 * broken now and then is still failing; broken then and passing (or only observed) now is fixed;
 * anything else, an undecided clause among them, is unchanged.
 */
export function compareWithBaseline(
  clauses: readonly { id: string; status: Status }[],
  baseline: Pick<Baseline, 'clauses'>,
): Map<string, BaselineStatus> {
  const then = new Map(baseline.clauses.map((c) => [c.id, c.status]));
  const compared = new Map<string, BaselineStatus>();
  for (const clause of clauses) {
    const before = then.get(clause.id);
    const brokenBefore = before !== undefined && isBroken(before);
    if (isBroken(clause.status)) compared.set(clause.id, brokenBefore ? 'still-failing' : 'new-failure');
    else if (brokenBefore && (clause.status === 'pass' || clause.status === 'info'))
      compared.set(clause.id, 'fixed');
    else compared.set(clause.id, 'unchanged');
  }
  return compared;
}

/** What the current run checked, to hold a baseline against. */
export interface RunIdentity {
  spec: SpecIdentity;
  target: { url: string; builtIn: boolean };
}

/**
 * Why the baseline cannot stand for this run (another spec version, another target), as one line;
 * undefined when it can. Two runs of the built-in reference server are the same target, whatever
 * free port each one had.
 */
export function baselineMismatch(baseline: Baseline, run: RunIdentity): string | undefined {
  const name = `the baseline ${baseline.file}`;
  const advice = 'give --baseline-any to compare anyway';
  if (!baseline.spec) {
    return `${name} does not say which spec version it checked (a record of an earlier release); ${advice}`;
  }
  if (baseline.spec.title !== run.spec.title || baseline.spec.version !== run.spec.version) {
    return `${name} checked spec version ${baseline.spec.version} (${baseline.spec.title}), this run checks ${run.spec.version} (${run.spec.title}); ${advice}`;
  }
  const sameTarget = baseline.target.builtIn
    ? run.target.builtIn
    : !run.target.builtIn && baseline.target.url === run.target.url;
  if (!sameTarget) {
    return `${name} checked ${describeTarget(baseline.target)}, this run checks ${describeTarget(run.target)}; ${advice}`;
  }
  return undefined;
}

function describeTarget(target: { url: string; builtIn: boolean }): string {
  return target.builtIn ? 'the built-in reference server' : target.url;
}
