import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LedgerEntry } from '../model/ledger';
import { isSelected } from './run-config';

/** The suite that judges every exchange of the run, once every other suite has run. */
export const RUN_WIDE_SUITE = 'run-wide' as const;

/** The clauses the run-wide suite judges over every exchange of the run. */
export const RUN_WIDE_CLAUSES = [
  'errors.body-schema',
  'errors.status-code-matches',
  'errors.request-id-matches',
  'errors.message-present',
  'auth.no-password-in-user',
  'auth.session-kept',
] as const;

/** Clauses only the run-wide suite judges: their area's suite registers no test for them. */
export const RUN_WIDE_ONLY: readonly string[] = ['auth.session-kept'];

/** Whether the run needs the run-wide suite: some clause it judges is selected. */
export function runWideSelected(only: readonly string[]): boolean {
  return RUN_WIDE_CLAUSES.some((id) => isSelected(id, only));
}

/**
 * The run's ledger: a JSON-lines file beside the outcomes file, in the run's private folder (removed
 * with it when the run ends). Each suite appends its exchanges when it closes.
 */
export function ledgerPath(outcomesPath: string): string {
  return path.join(path.dirname(outcomesPath), 'ledger.jsonl');
}

export function appendLedger(file: string, entries: readonly LedgerEntry[]): void {
  if (entries.length === 0) return;
  appendFileSync(file, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

/** Every entry of the run so far, in the order the suites sent them. */
export function readLedger(file: string): LedgerEntry[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LedgerEntry);
}
