import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { formatJunit } from '../../src/report/writers/junit-writer';
import { sampleReport } from './sample-report';

// The JUnit schema Jenkins validates reports against (its source is named at the top of the file).
const XSD = readFileSync(path.join(__dirname, 'junit-10.xsd'), 'utf8');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'junit.xml', contents: xml }],
    schema: [{ fileName: 'junit-10.xsd', contents: XSD }],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

interface Case {
  name: string;
  children: Record<string, { message?: string; type?: string; text: string }>;
}

type Parsed = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'text',
  alwaysCreateTextNode: true,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

/** The testcases of a junit.xml, by suite, read back with an XML parser. */
function casesOf(xml: string): Record<string, Case[]> {
  const doc = parser.parse(xml) as { testsuites: { testsuite: Parsed[] } };
  const suites: Record<string, Case[]> = {};
  for (const suite of doc.testsuites.testsuite) {
    suites[suite.name as string] = ((suite.testcase as Parsed[]) ?? []).map((testcase) => {
      const children: Case['children'] = {};
      for (const key of ['failure', 'error', 'skipped', 'system-out']) {
        const child = testcase[key] as Parsed | undefined;
        if (child === undefined) continue;
        children[key] = {
          message: child.message as string | undefined,
          type: child.type as string | undefined,
          text: (child.text as string | undefined) ?? '',
        };
      }
      return { name: testcase.name as string, children };
    });
  }
  return suites;
}

test('junit.xml validates against the published JUnit schema', async () => {
  expect(await schemaErrors(formatJunit(sampleReport()))).toEqual([]);
});

test('the schema check can fail: a testcase without a name is refused', async () => {
  const broken = formatJunit(sampleReport()).replace(/<testcase name="[^"]*"/, '<testcase');
  expect(await schemaErrors(broken)).not.toEqual([]);
});

test('one testsuite per area, one testcase per clause, named "<id> — <requirement>"', () => {
  const suites = casesOf(formatJunit(sampleReport()));
  expect(Object.keys(suites)).toEqual(['auth', 'rate']);
  expect(suites.auth?.map((c) => c.name)).toEqual([
    'auth.bearer-accepted — The target keeps auth.bearer-accepted.',
    'auth.cookie-accepted — The target keeps auth.cookie-accepted.',
    'auth.wrong-password-refused — The target keeps auth.wrong-password-refused.',
  ]);
});

test('each status maps as documented: failure, system-out, skipped, error, nothing, system-out', () => {
  const suites = casesOf(formatJunit(sampleReport()));
  const [fail, warn, skip] = suites.auth ?? [];
  const [error, pass, info] = suites.rate ?? [];
  expect(Object.keys(fail?.children ?? {})).toEqual(['failure']);
  expect(fail?.children.failure).toMatchObject({
    type: 'MUST',
    message: 'Expected: 401; Actual: 200 with an error body ("no")',
  });
  expect(fail?.children.failure?.text).toContain('Expected: 401');
  expect(fail?.children.failure?.text).toContain('Reproduce with: curl -i');
  expect(Object.keys(warn?.children ?? {})).toEqual(['system-out']);
  expect(warn?.children['system-out']?.text).toMatch(/^WARN auth\.cookie-accepted \(SHOULD\)/);
  expect(skip?.children).toEqual({
    skipped: { message: '--safe: this check sends a burst or a wrong password', type: undefined, text: '' },
  });
  expect(Object.keys(error?.children ?? {})).toEqual(['error']);
  expect(error?.children.error?.message).toContain('no answer within 10 s');
  expect(pass?.children).toEqual({});
  expect(info?.children['system-out']?.text).toBe('INFO The server said no');
});

test('under --fail-on should a warning is a failure', async () => {
  const xml = formatJunit(sampleReport('no', 'should'));
  const [, warn] = casesOf(xml).auth ?? [];
  expect(warn?.children.failure?.type).toBe('SHOULD');
  expect(xml).toMatch(/<testsuite name="auth" tests="3" failures="2"/);
  expect(await schemaErrors(xml)).toEqual([]);
});

test('markup and control characters from the target stay text, and the file stays valid XML', async () => {
  const hostile = '</failure><script>alert(1)</script>&amp; "q" \u001b[2J\u0007';
  const xml = formatJunit(sampleReport(hostile));
  expect(xml).not.toContain('<script>');
  expect(xml).not.toContain('\u001b');
  expect(await schemaErrors(xml)).toEqual([]);
  const [error] = casesOf(xml).rate ?? [];
  expect(error?.children.error?.message).toContain(
    '</failure><script>alert(1)</script>&amp; "q" \\x1b[2J\\x07',
  );
});

/** A waiver for the failing MUST clause of the sample report, good until far in the future. */
const WAIVED = {
  waivers: {
    file: 'waivers.yaml',
    waivers: [{ clause: 'auth.bearer-accepted', reason: 'known since 1.2', expires: '2999-12-31' }],
    lines: [1],
  },
};

test('a waived failure passes in the test tab, with the waiver in <system-out>; an expired one fails', async () => {
  const xml = formatJunit(sampleReport('no', 'must', WAIVED));
  const [waived] = casesOf(xml).auth ?? [];
  expect(Object.keys(waived?.children ?? {})).toEqual(['system-out']);
  expect(waived?.children['system-out']?.text).toContain(
    'Waived until 2999-12-31 (waiver auth.bearer-accepted): known since 1.2',
  );
  expect(xml).toMatch(/<testsuites [^>]*failures="0"/);
  expect(await schemaErrors(xml)).toEqual([]);

  const expired = structuredClone(WAIVED);
  expired.waivers.waivers[0] = { clause: 'auth.bearer-accepted', reason: 'old', expires: '2001-01-01' };
  const [again] = casesOf(formatJunit(sampleReport('no', 'must', expired))).auth ?? [];
  expect(again?.children.failure?.type).toBe('MUST');
  expect(again?.children['system-out']?.text).toContain('Waiver expired on 2001-01-01');
});
