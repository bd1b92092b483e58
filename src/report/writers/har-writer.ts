import { STATUS_CODES } from 'node:http';
import { headerValue } from '../../http/headers';
import type { Exchange } from '../../model/exchange';
import type { Report } from '../report';
import { writeWhole } from '../write-file';
import type { ReportWriter } from './writer';

export const HAR_FILE = 'exchanges.har';

/** HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/), as much of it as a record of ours holds. */
export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    pages: { startedDateTime: string; id: string; title: string; pageTimings: Record<string, number> }[];
    entries: HarEntry[];
    comment: string;
  };
}

interface NameValue {
  name: string;
  value: string;
}

interface HarEntry {
  pageref: string;
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: NameValue[];
    headers: NameValue[];
    queryString: NameValue[];
    postData?: { mimeType: string; text: string };
    headersSize: -1;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: NameValue[];
    headers: NameValue[];
    content: { size: number; mimeType: string; text: string; comment?: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  comment?: string;
}

/**
 * exchanges.har: every request the suites sent and its response, redacted (they come from the
 * redacted Report), one page per area, so that a failing exchange opens in a browser's devtools or
 * any HAR viewer. An entry that is evidence of a clause not passing names it in its comment.
 */
export function formatHar(report: Report): Har {
  const cited = citations(report);
  const pages = report.transcript.filter((t) => t.exchanges.length > 0);
  return {
    log: {
      version: '1.2',
      creator: { name: report.tool.name, version: report.tool.version },
      pages: pages.map((t) => ({
        startedDateTime: t.exchanges[0]?.startedAt ?? report.startedAt,
        id: t.area,
        title: `${t.area} suite against ${report.target.url}`,
        pageTimings: {},
      })),
      entries: pages.flatMap((t) => t.exchanges.map((e) => entryOf(e, t.area, cited.get(keyOf(e))))),
      comment: `${report.tool.name} ${report.tool.version} checked ${report.target.url}: verdict ${report.verdict} (--fail-on ${report.gate}). Secrets appear as $MM_PASSWORD and $MM_TOKEN.`,
    },
  };
}

function entryOf(exchange: Exchange, area: string, clauses: string[] | undefined): HarEntry {
  const { request, response } = exchange;
  const url = new URL(request.url);
  const requestType = headerValue(request.headers, 'content-type') ?? 'application/octet-stream';
  const responseHeaders = response ? pairs(response.headers) : [];
  return {
    pageref: area,
    startedDateTime: exchange.startedAt,
    time: exchange.durationMs,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(request.headers),
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      ...(request.body === undefined ? {} : { postData: { mimeType: requestType, text: request.body } }),
      headersSize: -1,
      bodySize: request.body === undefined ? 0 : Buffer.byteLength(request.body),
    },
    response: {
      // HAR marks a request that got no response with status 0; why is in the content's comment.
      status: response?.status ?? 0,
      statusText: response ? (STATUS_CODES[response.status] ?? '') : '',
      httpVersion: response ? 'HTTP/1.1' : '',
      cookies: [],
      headers: responseHeaders,
      content: {
        size: response ? Buffer.byteLength(response.body) : 0,
        mimeType: (response && headerValue(response.headers, 'content-type')) ?? '',
        text: response?.body ?? '',
        ...contentComment(exchange.transportError, response?.bodyTruncated),
      },
      redirectURL: (response && headerValue(response.headers, 'location')) ?? '',
      headersSize: -1,
      bodySize: response ? Buffer.byteLength(response.body) : 0,
    },
    cache: {},
    timings: { send: 0, wait: exchange.durationMs, receive: 0 },
    ...(clauses ? { comment: `evidence for ${clauses.join(', ')}` } : {}),
  };
}

function pairs(headers: Record<string, string | string[]>): NameValue[] {
  return Object.entries(headers).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v) => ({ name, value: v })),
  );
}

/** The clauses (not passing) each exchange is evidence for. */
function citations(report: Report): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const clause of report.clauses) {
    for (const exchange of clause.evidence) {
      const key = keyOf(exchange);
      cited.set(key, [...new Set([...(cited.get(key) ?? []), clause.id])]);
    }
  }
  return cited;
}

/** An exchange's identity: its whole record (a burst sends the same request many times a millisecond). */
function keyOf(exchange: Exchange): string {
  return JSON.stringify(exchange);
}

export const harWriter: ReportWriter = {
  format: 'har',
  file: HAR_FILE,
  write: (report, { dir }) => writeWhole(dir, HAR_FILE, `${JSON.stringify(formatHar(report), null, 2)}\n`),
};

/** What the HAR says of a body that is not whole: the transport error, the cut, or both. */
function contentComment(transportError: string | undefined, truncated: boolean | undefined) {
  const said = [transportError, truncated ? 'the body was cut short' : undefined].filter(Boolean);
  return said.length > 0 ? { comment: said.join('; ') } : {};
}
