import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's chromium: `.ci/run` installs it with apt (playwright-core downloads no browser). */
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium (.ci/run does)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** What a page did while it was open: every request it made, console messages, errors and dialogs. */
export interface PageWatch {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

export function watch(page: Page): PageWatch {
  const seen: PageWatch = { requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

let screenshots: string | undefined;

/** Screenshots go to one folder of this test file under the temporary directory, never into the tree. */
export function screenshotPath(name: string): string {
  screenshots ??= mkdtempSync(path.join(os.tmpdir(), 'mmc-report-screenshots-'));
  return path.join(screenshots, name);
}

/** A report folder's report.html, open in a fresh chromium page that is watched from the start. */
export async function openReport(
  dir: string,
): Promise<{ browser: Browser; page: Page; seen: PageWatch; fileUrl: string }> {
  const fileUrl = pathToFileURL(path.join(dir, 'report.html')).href;
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const seen = watch(page);
  await page.goto(fileUrl);
  return { browser, page, seen, fileUrl };
}
