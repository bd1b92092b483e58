import { formatHtml } from '../../src/report/writers/html-writer';
import { exchange } from './fixtures';
import { sampleReport } from './sample-report';

const OPTIONS = { documentHref: '../docs/mattermost-api-v1-overview.md' };
const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>';

test('every clause is a row, in catalogue order, with its status and a link to its document section', () => {
  const report = sampleReport();
  const html = formatHtml(report, OPTIONS);
  const rows = [
    ...html.matchAll(/<tbody class="clause row-(\w+)" id="clause-([\w.-]+)" data-status="(\w+)"/g),
  ];
  expect(rows.map((m) => [m[2], m[3]])).toEqual(report.clauses.map((c) => [c.id, c.status]));
  expect(html).toContain('href="../docs/mattermost-api-v1-overview.md#session-token"');
  expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
});

test('what the target sent is text: no markup of its own reaches the page', () => {
  const html = formatHtml(sampleReport(HOSTILE), OPTIONS);
  expect(html).not.toContain('<script>');
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)>');
});

test('the page allows no script and no request, and has no script of its own', () => {
  const html = formatHtml(sampleReport(), OPTIONS);
  expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;`);
  expect(html).not.toMatch(/<script|<link|<iframe|src="http/i);
});

test('the rate area draws its requests, the 429s and the Reset moment', () => {
  const report = sampleReport();
  const at = (ms: number) => new Date(Date.parse('2026-01-01T00:00:00.000Z') + ms).toISOString();
  const answer = (status: number, remaining: number) =>
    exchange({
      startedAt: at(remaining === 0 ? 50 : 10 * (3 - remaining)),
      response: {
        status,
        headers: {
          'X-RateLimit-Limit': '3',
          'x-ratelimit-remaining': String(remaining),
          'x-ratelimit-reset': '1',
        },
        body: '',
        bodyTruncated: false,
      },
    });
  report.transcript = [
    { area: 'rate', exchanges: [answer(200, 2), answer(200, 1), answer(200, 0), answer(429, 0)] },
  ];
  const html = formatHtml(report, OPTIONS);
  expect(html.match(/<line class="tick/g)).toHaveLength(4);
  expect(html.match(/class="tick tick-429"/g)).toHaveLength(1);
  expect(html.match(/<circle class="dot/g)).toHaveLength(4);
  expect(html).toContain('<line class="reset"');
  expect(html).toContain(
    '4 requests of the rate suite over 1043 ms; 1 answered 429; Limit 3; Reset at 1043 ms',
  );
});

test('a waived clause shows as waived, with the waiver under it', () => {
  const waivers = {
    file: 'waivers.yaml',
    waivers: [{ clause: 'auth.bearer-accepted', reason: 'known <since> 1.2', expires: '2999-12-31' }],
    lines: [1],
  };
  const html = formatHtml(sampleReport('no', 'must', { waivers }), OPTIONS);
  const row = html.slice(
    html.indexOf('id="clause-auth.bearer-accepted"'),
    html.indexOf('id="clause-auth.cookie'),
  );
  expect(row).toContain('<span class="status s-waived">waived</span>');
  expect(row).toContain('Waived until 2999-12-31 (waiver auth.bearer-accepted): known &lt;since> 1.2');
});
