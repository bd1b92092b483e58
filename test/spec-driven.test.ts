import { readFileSync } from 'node:fs';
import { DEFAULT_SPEC_PATH } from '../src/catalogue/paths';
import type { Outcome } from '../src/model/outcome';
import { checkServers } from './support/check-servers';
import { writeTemp } from './support/temp-files';

// The suites read what they check from the OpenAPI document, not from code: change the document
// and the verdict on the same, unchanged server changes with it.
const edited = readFileSync(DEFAULT_SPEC_PATH, 'utf8').replace(
  'required: [message, detailed_error, request_id, status_code]',
  'required: [message, detailed_error, request_id, status_code, trace_id]',
);

let asWritten: Outcome | undefined;
let withTraceId: Outcome | undefined;

beforeAll(async () => {
  const only = ['errors.body-schema'];
  const [a, b] = await checkServers([
    { server: { rate: 1000 }, specPath: DEFAULT_SPEC_PATH, only },
    { server: { rate: 1000 }, specPath: writeTemp('edited.openapi.yaml', edited), only },
  ]);
  asWritten = a?.find((o) => o.id === 'errors.body-schema');
  withTraceId = b?.find((o) => o.id === 'errors.body-schema');
}, 120_000);

test('the edit adds a required property to the error schema', () => {
  expect(edited).not.toBe(readFileSync(DEFAULT_SPEC_PATH, 'utf8'));
});

test('errors.body-schema passes the reference server under the document as written', () => {
  expect(asWritten?.status).toBe('pass');
});

test('errors.body-schema fails the same server once the document requires one more error field', () => {
  expect(withTraceId?.status).toBe('fail');
  expect(JSON.stringify(withTraceId?.violations)).toContain("must have required property 'trace_id'");
});
