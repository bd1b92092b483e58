import { LEVELS, type Level } from '../model/level';
import { STATUSES } from '../model/status';
import type { ReportClause, StatusCounts, Summary } from './report';

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** Counts the clauses per status, and per level and status. */
export function summarize(clauses: readonly Pick<ReportClause, 'level' | 'status'>[]): Summary {
  const byStatus = emptyCounts();
  const byLevel = Object.fromEntries(LEVELS.map((level) => [level, emptyCounts()])) as Record<
    Level,
    StatusCounts
  >;
  for (const { level, status } of clauses) {
    byStatus[status]++;
    byLevel[level][status]++;
  }
  return { total: clauses.length, byStatus, byLevel };
}
