import { headerValue } from '../../../src/http/headers';
import { isPlainObject, readJsonBody } from '../../../src/http/json-body';
import type { LedgerEntry } from '../../../src/model/ledger';
import { errorField } from '../../support/error-body';
import { describeSchemaErrors } from '../../support/schema-errors';
import { type Offence, type RunWideContract, type RunWideJudge, reportOffences } from './run-wide-judge';

/** An error response of the run with a JSON object body, read. */
interface ErrorAnswer {
  entry: LedgerEntry;
  status: number;
  body: Record<string, unknown>;
  requestIdHeader?: string;
}

/**
 * Every error response of the run (400 and above) with a JSON object body, whichever suite met it:
 * the 429s of the rate burst included when they carry one. A 429 in plain text is rate.limit-body's;
 * an error body that is not JSON at all is judged by the errors suite's own probes.
 */
export function errorAnswers(ledger: readonly LedgerEntry[], contract: RunWideContract): ErrorAnswer[] {
  return ledger.flatMap((entry) => {
    const response = entry.exchange?.response;
    if (!response || !entry.jsonObject || response.status < 400) return [];
    const body = readJsonBody(response.body);
    if (body.kind !== 'json' || !isPlainObject(body.value)) return [];
    return [
      {
        entry,
        status: response.status,
        body: body.value,
        requestIdHeader: headerValue(response.headers, contract.headers.requestId)?.trim(),
      },
    ];
  });
}

const WHAT = 'error responses with a JSON body';

/** Judges each error answer with `offence`, then reports the first offence of each kind. */
function errorJudge(
  offence: (answer: ErrorAnswer, contract: RunWideContract) => Offence | undefined,
): RunWideJudge {
  return (ledger, findings, contract) => {
    const answers = errorAnswers(ledger, contract);
    const offences = answers.map((a) => offence(a, contract)).filter((o): o is Offence => o !== undefined);
    reportOffences(findings, offences, answers.length, ledger, WHAT);
  };
}

/** errors.body-schema: the Error schema accepts each error body of the run. */
export const runWideBodySchema = errorJudge(({ entry, status, body }, contract) => {
  if (contract.validateError(body)) return undefined;
  const problems = describeSchemaErrors(contract.validateError.errors).join('; ');
  return {
    entry,
    kind: `${status} ${problems}`,
    expected: 'every error response of the run with a JSON body carries the error body the document shows',
    actual: `${status} with a body the Error schema refuses: ${problems}`,
  };
});

/** errors.status-code-matches: each error body's status_code is the response's status. */
export const runWideStatusCodeMatches = errorJudge(({ entry, status, body }, contract) => {
  const field = errorField(contract, 'statusCode');
  const value = body[field];
  if (value === undefined) return undefined;
  if (value === status || (typeof value === 'string' && value.trim() === String(status))) return undefined;
  return {
    entry,
    kind: `${status} ${JSON.stringify(value)}`,
    expected: `${field} equal to the HTTP status in every error body of the run`,
    actual: `${field} ${JSON.stringify(value)} in a ${status}`,
  };
});

/** errors.request-id-matches: each error body's request_id is non-empty and the X-Request-Id sent with it. */
export const runWideRequestIdMatches = errorJudge(({ entry, status, body, requestIdHeader }, contract) => {
  const field = errorField(contract, 'requestId');
  const value = body[field];
  if (value === undefined) return undefined;
  const id = typeof value === 'string' ? value.trim() : value === null ? '' : JSON.stringify(value);
  if (id === '')
    return {
      entry,
      kind: `empty ${status}`,
      expected: `a non-empty ${field} in every error body of the run`,
      actual: `${field} ${JSON.stringify(value)}`,
    };
  if (!requestIdHeader || id === requestIdHeader) return undefined;
  return {
    entry,
    kind: `other ${status}`,
    expected: `${field} equal to the ${contract.headers.requestId} header in every error body of the run`,
    actual: `${field} ${JSON.stringify(value)} beside ${contract.headers.requestId} ${requestIdHeader}`,
  };
});

/** errors.message-present: each error body's message states a reason. */
export const runWideMessagePresent = errorJudge(({ entry, status, body }, contract) => {
  const field = errorField(contract, 'message');
  const value = body[field];
  if (value === undefined) return undefined;
  if (value !== null && (typeof value !== 'string' || value.trim() !== '')) return undefined;
  return {
    entry,
    kind: `${status} ${JSON.stringify(value)}`,
    expected: `a non-empty ${field} in every error body of the run`,
    actual: `${field} ${JSON.stringify(value)} in a ${status}`,
  };
});
