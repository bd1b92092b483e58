import { type ComponentChild, h } from 'preact';
import { gateNoteLines, isWaived } from '../../gate/describe-gate';
import type { ReportClause } from '../report';
import { ExchangeView } from './exchange-view';

/** Statuses whose details are open from the start (and so in print): what a reviewer must read. */
const OPEN_FROM_THE_START = ['fail', 'warn', 'error'];

/**
 * One clause as a table body: its row (id, level, status, requirement, document link) and, when
 * it did not pass, a row that opens to Expected / Actual, the exchanges that showed it and curl.
 */
export function ClauseRows({
  clause,
  documentHref,
}: {
  clause: ReportClause;
  documentHref: string;
}): ComponentChild {
  const passed = clause.status === 'pass';
  return h(
    'tbody',
    {
      class: `clause row-${passed ? 'pass' : 'problem'}`,
      id: `clause-${clause.id}`,
      'data-status': clause.status,
    },
    h(
      'tr',
      null,
      h('td', { class: 'clause-id' }, clause.id),
      h('td', null, clause.level),
      h(
        'td',
        null,
        h('span', { class: `status s-${clause.status}` }, clause.status),
        isWaived(clause) ? h('span', { class: 'status s-waived' }, 'waived') : null,
      ),
      h(
        'td',
        null,
        clause.requirement,
        clause.note && passed ? h('div', { class: 'note' }, clause.note) : null,
      ),
      h(
        'td',
        { class: 'doc-link' },
        h('a', { href: `${documentHref}#${clause.docAnchor}` }, `§ ${clause.docAnchor}`),
      ),
    ),
    passed ? null : h('tr', { class: 'detail' }, h('td', { colSpan: 5 }, Details({ clause }))),
  );
}

function Details({ clause }: { clause: ReportClause }): ComponentChild {
  const count = clause.evidence.length;
  const summary = [
    clause.violations.length > 0
      ? 'Expected / Actual'
      : clause.status === 'info'
        ? 'What was observed'
        : 'Why',
    count > 0 ? `${count} exchange${count === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return h(
    'details',
    { open: OPEN_FROM_THE_START.includes(clause.status) },
    h('summary', null, summary),
    clause.note ? h('p', { class: 'note' }, h('strong', null, notePrefix(clause)), clause.note) : null,
    gateNoteLines(clause).map((line) => h('p', { class: 'gate-note' }, line)),
    clause.violations.map((v) =>
      h(
        'dl',
        { class: 'finding' },
        h('dt', null, 'Expected'),
        h('dd', null, v.expected),
        h('dt', null, 'Actual'),
        h('dd', null, v.actual, v.exchange === undefined ? null : ` (exchange ${v.exchange + 1})`),
      ),
    ),
    clause.evidence.map((exchange, index) => ExchangeView({ exchange, index })),
  );
}

function notePrefix(clause: ReportClause): string {
  if (clause.status === 'skip' || clause.status === 'error') return 'Why: ';
  return 'Note: ';
}
