import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Every temporary folder the tests make (reports, CLI runs, chromium profiles, child processes)
// goes under one private folder of this jest run, removed when it ends: the tests leave nothing
// in the machine's temporary folder. Workers and the children they start inherit TMPDIR.
const ROOT_VARIABLE = 'MMC_TEST_TMP_ROOT';

export function makePrivateTempFolder(): void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'mmc-tests-'));
  process.env[ROOT_VARIABLE] = root;
  process.env.TMPDIR = root;
}

export function removePrivateTempFolder(): void {
  const root = process.env[ROOT_VARIABLE];
  if (root) rmSync(root, { recursive: true, force: true });
}
