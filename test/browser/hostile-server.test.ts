import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runCli } from '../cli/run-cli';
import { openReport, type PageWatch, screenshotPath } from './chromium';

// A server whose every string is markup and script: its error messages, detailed_error, header
// values and version id. Its report must show them as text and run none of it.
jest.setTimeout(300_000);

const HOSTILE = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">"'&amp;<b>bold</b>`;
const EMAIL = 'me@example.com';
const TOKEN = 'hostiletoken0123456789abcd';

function hostileServer(): http.Server {
  return http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const headers = {
        'content-type': 'application/json',
        'x-version-id': HOSTILE,
        'x-request-id': HOSTILE,
        'x-hostile': HOSTILE,
      };
      if (req.method === 'POST' && req.url?.endsWith('/users/login')) {
        res.writeHead(200, { ...headers, token: TOKEN });
        res.end(JSON.stringify({ id: HOSTILE, email: EMAIL, username: HOSTILE }));
        return;
      }
      if (
        req.method === 'GET' &&
        req.url?.endsWith('/users/me') &&
        req.headers.authorization?.endsWith(TOKEN)
      ) {
        res.writeHead(200, headers);
        res.end(JSON.stringify({ id: HOSTILE, email: EMAIL, username: HOSTILE }));
        return;
      }
      res.writeHead(401, headers);
      res.end(
        JSON.stringify({
          id: HOSTILE,
          message: HOSTILE,
          detailed_error: HOSTILE,
          request_id: HOSTILE,
          status_code: HOSTILE,
        }),
      );
    });
  });
}

let server: http.Server;
let browser: Browser;
let page: Page;
let seen: PageWatch;
let fileUrl: string;

beforeAll(async () => {
  server = hostileServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mmc-hostile-'));
  // The rate suite's burst adds nothing here: every string the other suites see is already hostile.
  const run = await runCli(
    ['--target', url, '--team', 'T', '--only', 'api.,auth.,errors.', '--report-dir', dir],
    {
      MM_EMAIL: EMAIL,
      MM_PASSWORD: 'pw-hostile-1',
    },
  );
  expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 1 });
  expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toContain('window.__pwned');
  ({ browser, page, seen, fileUrl } = await openReport(dir));
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

test('no script of the server runs: no element of its markup exists, no dialog, nothing set', async () => {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script, img, b').count()).toBe(0);
  expect(seen.dialogs).toEqual([]);
  expect(seen.pageErrors).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
  expect(seen.requests).toEqual([fileUrl]);
});

test('the text shows literally: error message, detailed_error, header values, version id', async () => {
  // Open every clause's details, so that all of it is laid out and readable.
  await page.$$eval('details', (all) => {
    for (const d of all) d.setAttribute('open', '');
  });
  // biome-ignore lint/performance/useDomNodeTextContent: what the reader sees, as laid out, is the point
  const shown = await page.locator('main').innerText();
  expect(shown).toContain(`x-version-id: ${HOSTILE}`);
  expect(shown).toContain(`x-request-id: ${HOSTILE}`);
  expect(shown).toContain(`"detailed_error":${JSON.stringify(HOSTILE)}`);
  expect(shown).toContain(`"message":${JSON.stringify(HOSTILE)}`);
  const firstDetail = page.locator('tbody.row-problem details').first();
  await firstDetail.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('hostile-server.png') });
  process.stdout.write(`hostile server report, screenshot: ${screenshotPath('hostile-server.png')}\n`);
});
