import { type ComponentChild, h } from 'preact';
import type { Exchange } from '../../model/exchange';

/** How much of a body the page shows; the whole of it is in report.json and exchanges.har. */
const BODY_EXCERPT_CHARS = 2000;

/** One exchange that showed an outcome: request and response headers, body excerpts, the curl line. */
export function ExchangeView({ exchange, index }: { exchange: Exchange; index: number }): ComponentChild {
  const { request, response } = exchange;
  return h(
    'div',
    { class: 'exchange' },
    h(
      'p',
      null,
      h('strong', null, `Exchange ${index + 1}: `),
      h('code', null, `${request.method} ${request.url}`),
      ' → ',
      response
        ? h('strong', null, String(response.status))
        : h('strong', null, `no answer: ${exchange.transportError ?? 'unknown'}`),
      ` (${exchange.durationMs} ms, sent ${exchange.startedAt})`,
    ),
    h(
      'div',
      { class: 'two' },
      h(
        'div',
        null,
        h('h4', null, 'Request headers'),
        h('pre', null, headerLines(request.headers) || '(none)'),
        request.body === undefined
          ? null
          : [h('h4', null, 'Request body'), h('pre', null, excerpt(request.body))],
      ),
      response
        ? h(
            'div',
            null,
            h('h4', null, 'Response headers'),
            h('pre', null, headerLines(response.headers) || '(none)'),
            h('h4', null, response.bodyTruncated ? 'Response body (cut short)' : 'Response body'),
            h('pre', null, response.body === '' ? '(empty)' : excerpt(response.body)),
          )
        : null,
    ),
    h('h4', null, 'Reproduce with'),
    h('pre', { class: 'curl' }, exchange.curl),
  );
}

function headerLines(headers: Record<string, string | string[]>): string {
  return Object.entries(headers)
    .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${name}: ${v}`))
    .join('\n');
}

function excerpt(body: string): string {
  if (body.length <= BODY_EXCERPT_CHARS) return body;
  return `${body.slice(0, BODY_EXCERPT_CHARS)}… (${body.length - BODY_EXCERPT_CHARS} more characters)`;
}
