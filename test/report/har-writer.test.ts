import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import addFormats from 'ajv-formats';
import harSchemas from 'har-schema';
import { reportOfRun } from '../../src/report';
import { formatHar } from '../../src/report/writers/har-writer';
import { CATALOGUE, exchange, facts, outcome } from './fixtures';
import { sampleReport } from './sample-report';

// The published HAR 1.2 JSON schemas (the har-schema package), every part of them.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addMetaSchema(draft06);
addFormats(ajv);
for (const [name, schema] of Object.entries(harSchemas)) {
  if (name !== 'har') ajv.addSchema(schema);
}
const validateHar = ajv.compile(harSchemas.har as object);

function harErrors(har: unknown): unknown[] {
  return validateHar(har) ? [] : (validateHar.errors ?? []);
}

test('exchanges.har is HAR 1.2 by the published schema', () => {
  expect(harErrors(formatHar(sampleReport()))).toEqual([]);
});

test('the schema check can fail: an entry without its response is refused', () => {
  const har = formatHar(sampleReport()) as unknown as { log: { entries: Record<string, unknown>[] } };
  delete har.log.entries[0]?.response;
  expect(harErrors(har)).not.toEqual([]);
});

test('every exchange of the run is an entry, one page per area, evidence named in its comment', () => {
  const { log } = formatHar(sampleReport());
  expect(log.version).toBe('1.2');
  expect(log.pages.map((p) => p.id)).toEqual(['auth', 'rate']);
  expect(log.entries.map((e) => e.pageref)).toEqual(['auth', 'auth', 'rate']);
  const [evidence] = log.entries;
  expect(evidence?.comment).toBe('evidence for auth.bearer-accepted');
  expect(evidence?.response).toMatchObject({ status: 200, statusText: 'OK' });
  expect(evidence?.response.headers).toContainEqual({ name: 'x-version-id', value: 'no' });
  expect(evidence?.response.content).toMatchObject({
    mimeType: 'application/json',
    text: '{"message":"no","detailed_error":"no"}',
  });
});

test('a request that got no answer is an entry with status 0 and why', () => {
  const report = sampleReport();
  report.transcript = [
    {
      area: 'api',
      exchanges: [exchange({ response: undefined, transportError: 'no answer within 10 s' })],
    },
  ];
  const har = formatHar(report);
  expect(harErrors(har)).toEqual([]);
  expect(har.log.entries[0]?.response).toMatchObject({
    status: 0,
    content: { comment: 'no answer within 10 s' },
  });
});

test('the HAR comes from the redacted report: a password the target echoed is not in it', () => {
  const password = 'pw-Echoed-9f3k';
  const echoed = exchange({
    request: {
      method: 'POST',
      url: 'http://target.test/api/v1/users/login',
      headers: {},
      body: `{"password":"${password}"}`,
    },
  });
  const { transcript: _none, ...runFacts } = facts();
  const report = reportOfRun({
    catalogue: CATALOGUE,
    recorded: {
      outcomes: [outcome('auth.bearer-accepted', 'MUST', 'pass')],
      requests: 1,
      transcripts: [{ area: 'auth', exchanges: [echoed] }],
    },
    suites: [],
    only: [],
    facts: runFacts,
    secrets: { password, tokenHeader: 'Token', sessionCookie: 'MMSID' },
  });
  const text = JSON.stringify(formatHar(report));
  expect(text).not.toContain(password);
  expect(text).toContain('$MM_PASSWORD');
});
