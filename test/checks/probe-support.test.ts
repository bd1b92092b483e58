import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import { loadContract } from '../../src/contract/load-contract';
import type { HttpResponse } from '../../src/http/client';
import { TransportError } from '../../src/http/client';
import { readJsonBody } from '../../src/http/json-body';
import type { Exchange } from '../../src/model/exchange';
import { errorField } from '../../suites/support/error-body';
import { Findings } from '../../suites/support/findings';
import { CannotDecide } from '../../suites/support/not-applicable';
import { answered, probe, requireAllAnswered } from '../../suites/support/probe';
import { describeSchemaErrors } from '../../suites/support/schema-errors';

const exchange: Exchange = {
  request: { method: 'GET', url: 'http://127.0.0.1/api/v1/users/me', headers: {} },
  startedAt: new Date(0).toISOString(),
  durationMs: 0,
  curl: 'curl -i http://127.0.0.1/api/v1/users/me',
};
const response = { status: 200, exchange } as HttpResponse;
const unreachable = new TransportError('GET /api/v1/users/me: connection refused', exchange);

describe('probe', () => {
  test('keeps a response, or the transport error in its place', async () => {
    const probes = [
      await probe('answers', async () => response),
      await probe('does not', async () => {
        throw unreachable;
      }),
    ];
    expect(answered(probes).map((p) => p.label)).toEqual(['answers']);
    expect(probes[1]?.error).toBe(unreachable);
  });

  test('lets any other error through', async () => {
    await expect(probe('broken', async () => Promise.reject(new Error('bug')))).rejects.toThrow('bug');
  });
});

describe('requireAllAnswered', () => {
  const probes = [
    { label: 'answers', response },
    { label: 'does not', error: unreachable },
  ];

  test('an unanswered probe leaves a clean check undecided', () => {
    expect(() => requireAllAnswered(new Findings(), probes)).toThrow(unreachable);
  });

  test('a violation among the answered probes decides the check', () => {
    const findings = new Findings();
    findings.violation('401', '200');
    expect(() => requireAllAnswered(findings, probes)).not.toThrow();
  });

  test('all answered: nothing to say', () => {
    expect(() => requireAllAnswered(new Findings(), [{ label: 'answers', response }])).not.toThrow();
  });
});

describe('readJsonBody', () => {
  test('an empty body carries no data; a broken one is not JSON', () => {
    expect(readJsonBody('')).toEqual({ kind: 'empty' });
    expect(readJsonBody(' \n')).toEqual({ kind: 'empty' });
    expect(readJsonBody('<!DOCTYPE html>')).toEqual({ kind: 'not-json' });
    expect(readJsonBody('{"a":')).toEqual({ kind: 'not-json' });
    expect(readJsonBody('{"a":1}')).toEqual({ kind: 'json', value: { a: 1 } });
  });
});

describe('the error body fields', () => {
  test("are read from the spec's Error schema, and missing there the check cannot decide", async () => {
    const contract = await loadContract(DEFAULT_SPEC_PATH);
    expect(errorField(contract, 'statusCode')).toBe('status_code');
    expect(errorField(contract, 'requestId')).toBe('request_id');
    const bare = { validateError: Object.assign(() => true, { schema: { type: 'object' } }) };
    expect(() => errorField(bare as never, 'message')).toThrow(CannotDecide);
  });

  test('schema errors read as the path and the message', async () => {
    const contract = await loadContract(DEFAULT_SPEC_PATH);
    contract.validateError({ message: '', detailed_error: '', request_id: 'r', status_code: '404' });
    expect(describeSchemaErrors(contract.validateError.errors)).toEqual(['/status_code must be integer']);
  });
});
