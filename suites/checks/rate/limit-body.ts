import { firstOfEach } from '../../support/first-of-each';
import { NotApplicable } from '../../support/not-applicable';
import type { Judge } from './judge';
import { andMore, concludeThrough, describe, requireBurst, type TracedResponse } from './trace';

type Reading = 'text' | 'json';

const READING = {
  text: 'the plain text of the 429 example',
  json: 'the JSON error body "all errors" return',
} as const;

/**
 * rate.limit-body: a 429 body is the text `limit exceeded` (trimmed, any content type) or the
 * JSON error body; the document shows the one and promises the other. `--strict limit-body=`
 * pins one reading, and the other becomes a violation.
 */
export const limitBody: Judge = (trace, findings, { contract, strict }) => {
  const { status, textBody } = contract.limitExceeded;
  const denials = trace.responses.filter((r) => r.status === status);
  if (denials.length === 0) {
    requireBurst(trace);
    throw new NotApplicable(`no ${status} was met (see rate.limit-enforced)`);
  }
  const read = (r: TracedResponse): Reading | undefined => {
    if (r.body.trim() === textBody) return 'text';
    return contract.validateError(parseJson(r.body)) ? 'json' : undefined;
  };
  const readings = denials.map((response) => ({ response, reading: read(response) }));

  const unreadable = readings.filter((r) => r.reading === undefined);
  for (const { first, count } of firstOfEach(unreadable, (r) => r.response.contentType ?? '')) {
    findings.violation(
      `a ${status} body is the text ${JSON.stringify(textBody)} or the JSON error body`,
      `${shape(first.response)} on ${describe(trace, first.response)}${andMore(count)}`,
      first.response.exchange,
    );
  }
  const pinned = strict.limitBody;
  if (pinned) {
    const other = readings.filter((r) => r.reading !== undefined && r.reading !== pinned);
    for (const { first, count } of firstOfEach(other, (r) => r.reading ?? '')) {
      findings.violation(
        `a ${status} body is ${READING[pinned]} (--strict limit-body=${pinned})`,
        `${READING[first.reading as Reading]} on ${describe(trace, first.response)}${andMore(count)}`,
        first.response.exchange,
      );
    }
  }
  for (const reading of ['text', 'json'] as const) {
    const chosen = readings.filter((r) => r.reading === reading);
    const example = chosen[0]?.response;
    if (example)
      findings.note(
        `The ${status} body is ${READING[reading]} (${example.contentType ?? 'no Content-Type'}) on ${chosen.length} of ${denials.length}.`,
      );
  }
  concludeThrough(trace, findings, 'burst');
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A body as a message shows it: its content type and its first characters. */
function shape(response: TracedResponse): string {
  const type = response.contentType ?? 'no Content-Type';
  const text = response.body.trim();
  if (text === '') return `an empty body (${type})`;
  const preview = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return `${type} ${JSON.stringify(preview)}`;
}
