import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import { loadContract } from '../../src/contract/load-contract';
import { type Baseline, baselineMismatch, InputFileError, parseBaseline } from '../../src/gate';
import { broken, reportOf } from '../report/fixtures';
import { outcomesWith } from './gate-fixtures';

// A baseline is a previous report.json: read back from the record a run writes, refused when it is
// not one, and refused for another spec version or another target unless --baseline-any.

const SPEC = { title: 'Mattermost API v1 (from the API overview)', version: '1' };

test('a report.json a run wrote reads back as a baseline', () => {
  const report = reportOf(outcomesWith(broken('auth.bearer-accepted', 'MUST')), {
    spec: SPEC,
  });
  const baseline = parseBaseline('prev.json', JSON.stringify(report));
  expect(baseline).toMatchObject({
    file: 'prev.json',
    startedAt: '2026-01-01T00:00:00.000Z',
    target: { url: 'http://target.test', builtIn: false },
    spec: SPEC,
  });
  expect(baseline.clauses).toContainEqual({ id: 'auth.bearer-accepted', status: 'fail' });
  expect(baseline.clauses).toContainEqual({ id: 'rate.limit-enforced', status: 'pass' });
});

test.each([
  ['not JSON', '{"format":', /^the baseline prev\.json is not JSON: /],
  [
    'another kind of JSON',
    '{"tests": []}',
    /^the baseline prev\.json is not a report\.json of mm-conformance: \/ must have required property 'format'$/,
  ],
  [
    'a clause without a status',
    JSON.stringify({
      format: 'mm-conformance-report/1',
      target: { url: 'x', builtIn: false },
      startedAt: 'x',
      clauses: [{ id: 'a' }],
    }),
    /^the baseline prev\.json is not a report\.json of mm-conformance: \/clauses\/0 must have required property 'status'$/,
  ],
])('%s is refused in one line', (_, text, line) => {
  expect(() => parseBaseline('prev.json', text)).toThrow(InputFileError);
  expect(() => parseBaseline('prev.json', text)).toThrow(line);
});

describe('baselineMismatch', () => {
  const baseline = (overrides: Partial<Baseline> = {}): Baseline => ({
    file: 'prev.json',
    startedAt: '2026-01-01T00:00:00.000Z',
    target: { url: 'https://chat.example.com', builtIn: false },
    spec: SPEC,
    clauses: [],
    ...overrides,
  });
  const run = { spec: SPEC, target: { url: 'https://chat.example.com', builtIn: false } };

  test('the same spec and target match', () => {
    expect(baselineMismatch(baseline(), run)).toBeUndefined();
  });

  test('another spec version is refused', () => {
    expect(baselineMismatch(baseline({ spec: { ...SPEC, version: '0.9' } }), run)).toBe(
      'the baseline prev.json checked spec version 0.9 (Mattermost API v1 (from the API overview)), this run checks 1 (Mattermost API v1 (from the API overview)); give --baseline-any to compare anyway',
    );
  });

  test('a record that names no spec is refused', () => {
    expect(baselineMismatch(baseline({ spec: undefined }), run)).toMatch(
      /does not say which spec version it checked/,
    );
  });

  test('another target is refused', () => {
    expect(
      baselineMismatch(baseline({ target: { url: 'https://staging.example.com', builtIn: false } }), run),
    ).toBe(
      'the baseline prev.json checked https://staging.example.com, this run checks https://chat.example.com; give --baseline-any to compare anyway',
    );
  });

  test('two runs of the built-in server match whatever port each had', () => {
    const builtIn = { url: 'http://127.0.0.1:40001', builtIn: true };
    expect(
      baselineMismatch(baseline({ target: builtIn }), {
        spec: SPEC,
        target: { url: 'http://127.0.0.1:40002', builtIn: true },
      }),
    ).toBeUndefined();
    expect(baselineMismatch(baseline({ target: builtIn }), run)).toMatch(
      /checked the built-in reference server, this run checks https:\/\/chat\.example\.com/,
    );
  });
});

test("the project's spec names itself by its info title and version", async () => {
  expect((await loadContract(DEFAULT_SPEC_PATH)).identity).toEqual(SPEC);
});
