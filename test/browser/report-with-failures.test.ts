import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Report } from '../../src/report';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';
import { runCli } from '../cli/run-cli';
import { fullCatalogue } from '../support/full-catalogue';
import { openReport, type PageWatch, screenshotPath } from './chromium';

// A whole run against the reference server with three faults on, then its report.html in chromium.
jest.setTimeout(300_000);

// A MUST broken (fail), a SHOULD broken (warn), and a limit that still denies, so the burst meets 429s.
const FAULTS = ['error-empty-message', 'no-request-id', 'limit-429-remaining-nonzero'];
const catalogueIds = fullCatalogue().clauses.map((c) => c.id);

let server: RunningServer;
let browser: Browser;
let page: Page;
let seen: PageWatch;
let report: Report;
let fileUrl: string;

beforeAll(async () => {
  server = await startServer({ port: 0, faults: FAULTS });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-browser-'));
  const run = await runCli(
    ['--target', server.url, '--team', DEMO_ACCOUNT.team, '--email', DEMO_ACCOUNT.email, '--report-dir', dir],
    { MM_PASSWORD: DEMO_ACCOUNT.password },
  );
  expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 1 });
  report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
  ({ browser, page, seen, fileUrl } = await openReport(dir));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the verdict comes first: FAIL, with the clauses that fail the gate', async () => {
  const verdict = page.locator('header.verdict');
  expect(await verdict.locator('h1').textContent()).toBe('FAIL');
  const line = (await verdict.locator('p').textContent()) ?? '';
  expect(report.gateFailures.length).toBeGreaterThan(0);
  for (const id of report.gateFailures) expect(line).toContain(id);
  const box = await verdict.boundingBox();
  expect(box?.y).toBeLessThan(50);
});

test('every clause of the catalogue has its row, with the status the record gives it', async () => {
  const rows = await page.$$eval('tbody.clause', (bodies) =>
    bodies.map((b) => [b.id.replace(/^clause-/, ''), b.getAttribute('data-status')]),
  );
  expect(rows.map(([id]) => id)).toEqual(catalogueIds);
  expect(rows).toEqual(report.clauses.map((c) => [c.id, c.status]));
  const statuses = new Set(rows.map(([, status]) => status));
  for (const status of ['pass', 'fail', 'warn']) expect(statuses).toContain(status);
});

test('a failing clause opens to Expected / Actual, its exchanges and the curl line', async () => {
  const failing = report.clauses.find((c) => c.status === 'fail');
  const details = page.locator(`[id="clause-${failing?.id}"] details`);
  expect(await details.getAttribute('open')).not.toBeNull();
  const text = (await details.textContent()) ?? '';
  expect(text).toContain(`Expected${failing?.violations[0]?.expected}`);
  expect(text).toContain('Response headers');
  expect(text).toContain('Reproduce withcurl -i');
});

test('the filter shows only what did not pass, and shows everything again', async () => {
  const visibleRows = () =>
    page.$$eval('tbody.clause', (bodies) =>
      bodies
        .filter((b) => (b as HTMLElement).offsetParent !== null)
        .map((b) => b.getAttribute('data-status')),
    );
  const problems = report.clauses.filter((c) => c.status !== 'pass').map((c) => c.status);
  expect(await visibleRows()).toHaveLength(catalogueIds.length);
  await page.check('#only-problems');
  expect(await visibleRows()).toEqual(problems);
  await page.screenshot({ path: screenshotPath('report-filtered.png') });
  await page.uncheck('#only-problems');
  expect(await visibleRows()).toHaveLength(catalogueIds.length);
});

test('with scripts off the page reads the same and the filter still works', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const noScript = await context.newPage();
    await noScript.goto(fileUrl);
    expect(await noScript.locator('tbody.clause').count()).toBe(catalogueIds.length);
    await noScript.check('#only-problems');
    const passing = noScript.locator('tbody.row-pass').first();
    expect(await passing.isVisible()).toBe(false);
    expect(await noScript.locator('tbody.row-problem').first().isVisible()).toBe(true);
  } finally {
    await context.close();
  }
});

test('printed, it leaves out the filter and keeps the failures open', async () => {
  await page.emulateMedia({ media: 'print' });
  try {
    expect(await page.locator('label.filter').isVisible()).toBe(false);
    const failing = report.clauses.find((c) => c.status === 'fail');
    expect(await page.locator(`[id="clause-${failing?.id}"] .finding`).first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the rate area draws its burst: requests, the 429s and the Reset moment', async () => {
  const figure = page.locator('#area-rate figure.timeline');
  expect(await figure.locator('line.tick').count()).toBeGreaterThan(5);
  expect(await figure.locator('line.tick-429').count()).toBeGreaterThan(0);
  expect(await figure.locator('line.reset').count()).toBe(1);
});

test('nothing leaves the file, and the console stays quiet', async () => {
  await page.screenshot({ path: screenshotPath('report-top.png') });
  await page.screenshot({ path: screenshotPath('report-with-failures.png'), fullPage: true });
  await page.locator('#area-rate figure.timeline').screenshot({ path: screenshotPath('rate-timeline.png') });
  process.stdout.write(`report with failures, screenshots in ${path.dirname(screenshotPath('x'))}\n`);
  expect(seen.requests).toEqual([fileUrl]);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
});
