import type { Report, ReportClause } from '../report/report';
import { failingStatuses } from '../report/verdict';
import { BASELINE_STATUSES, type BaselineStatus } from './baseline';

export const BASELINE_LABELS: Record<BaselineStatus, string> = {
  'new-failure': 'new failure',
  'still-failing': 'still failing',
  fixed: 'fixed',
  unchanged: 'unchanged',
};

/**
 * What the gate says of a clause, as lines a person reads under its message (terminal, Markdown,
 * and any other format): its waiver, and how it stands against the baseline.
 */
export function gateNoteLines(clause: Pick<ReportClause, 'waiver' | 'baseline'>): string[] {
  const lines: string[] = [];
  const { waiver } = clause;
  if (waiver) {
    const which = `waiver ${waiver.clause}`;
    lines.push(
      waiver.expired
        ? `Waiver expired on ${waiver.expires} (${which}): ${waiver.reason} — the clause gates again`
        : `Waived until ${waiver.expires} (${which}): ${waiver.reason}`,
    );
  }
  if (clause.baseline === 'new-failure')
    lines.push('Baseline: new failure (it did not fail in the baseline run)');
  if (clause.baseline === 'still-failing')
    lines.push('Baseline: still failing (it failed in the baseline run too)');
  if (clause.baseline === 'fixed') lines.push('Baseline: fixed (it failed in the baseline run)');
  return lines;
}

/** A waived clause: broken, and excused by a waiver that has not expired. */
export function isWaived(clause: Pick<ReportClause, 'waiver'>): boolean {
  return clause.waiver !== undefined && !clause.waiver.expired;
}

type GateView = Pick<Report, 'clauses' | 'gateFailures' | 'gate' | 'waivers' | 'baseline'>;

/** What excused broken gated clauses, e.g. "2 waived, 3 failing in the baseline too"; '' when nothing did. */
export function excusedSummary(report: GateView): string {
  const failing = failingStatuses(report.gate);
  const broken = report.clauses.filter(
    (c) => failing.includes(c.status) && !report.gateFailures.includes(c.id),
  );
  const waived = broken.filter(isWaived).length;
  const inBaseline = broken.filter((c) => !isWaived(c) && c.baseline === 'still-failing').length;
  return [
    waived > 0 ? `${waived} waived` : '',
    inBaseline > 0 ? `${inBaseline} failing in the baseline too` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** One line on the baseline: where it came from and how the clauses stand against it. */
export function baselineLine(report: GateView): string {
  const baseline = report.baseline;
  if (!baseline) return '';
  const counts = BASELINE_STATUSES.filter((s) => s !== 'unchanged')
    .map(
      (s) =>
        `${baseline.counts[s]} ${BASELINE_LABELS[s]}${s === 'new-failure' && baseline.counts[s] !== 1 ? 's' : ''}`,
    )
    .join(', ');
  const mismatch = baseline.mismatch
    ? ` (used with --baseline-any although ${baseline.mismatch.replace(/; give --baseline-any.*$/, '')})`
    : '';
  return `Baseline ${baseline.file} of ${baseline.startedAt}: ${counts}${mismatch}`;
}

/** One line per stale waiver: a warning that it can go. */
export function staleLines(report: GateView): string[] {
  return (report.waivers?.stale ?? []).map(
    (w) =>
      `waiver ${w.clause} (until ${w.expires}) is stale: every clause it names holds now; remove it from ${report.waivers?.file}`,
  );
}
