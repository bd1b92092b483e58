import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { configFlags } from '../../src/cli/config-file';
import { buildProgram } from '../../src/cli/program';
import { parseWaivers } from '../../src/gate';
import { fullCatalogue } from '../support/full-catalogue';
import { writeTemp } from '../support/temp-files';

// docs/ci.md is copied into people's pipelines: its YAML parses, its waivers and config examples
// are valid files, its shell script is valid sh, and every flag it uses exists.

const DOC = readFileSync(path.join(__dirname, '../../docs/ci.md'), 'utf8');
const blocks = (language: string) =>
  [...DOC.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1] ?? '');

test('every YAML block parses', () => {
  const yamlBlocks = blocks('yaml');
  expect(yamlBlocks.length).toBeGreaterThanOrEqual(4);
  for (const text of yamlBlocks) expect(parseDocument(text).errors).toEqual([]);
});

test('the waivers example is a valid waivers file and the config example a valid config', () => {
  const ids = fullCatalogue().clauses.map((c) => c.id);
  const waivers = blocks('yaml').find((b) => b.startsWith('# waivers.yaml'));
  const config = blocks('yaml').find((b) => b.startsWith('# mm-conformance.config.yaml'));
  expect(parseWaivers('waivers.yaml', waivers ?? '', ids).waivers).toHaveLength(2);
  expect(configFlags('mm-conformance.config.yaml', config ?? '', '/ci')).toMatchObject({
    failOn: 'must',
    waivers: '/ci/waivers.yaml',
  });
});

test('the CI jobs publish junit.xml, upload report.html and exchanges.har, and write the step summary', () => {
  const [github, gitlab] = blocks('yaml').filter((b) => /^# \.git(hub|lab)/.test(b));
  expect(github).toContain('reports/junit.xml');
  expect(github).toContain('reports/report.html');
  expect(github).toContain('reports/exchanges.har');
  expect(github).toContain('--markdown "$GITHUB_STEP_SUMMARY"');
  expect(github).toContain('--baseline .mm-baseline/report.json');
  expect(parseDocument(gitlab ?? '').toJS().conformance.artifacts.reports.junit).toBe('reports/junit.xml');
});

test('the shell recipe is valid sh', () => {
  const script = DOC.match(/<!-- ci-gate\.sh: begin -->\s*```sh\n([\s\S]*?)```/)?.[1];
  expect(script).toContain('#!/bin/sh');
  expect(() => execFileSync('sh', ['-n', writeTemp('ci-gate.sh', script ?? '')])).not.toThrow();
});

test('every flag the recipes give mm-conformance exists', () => {
  const program = buildProgram('0.0.0', { check: async () => {}, serve: async () => {} });
  const known = new Set(program.options.map((o) => o.long));
  const used = new Set(
    [...blocks('yaml'), ...blocks('sh')].flatMap((b) =>
      [...b.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]),
    ),
  );
  expect([...used].filter((flag) => !known.has(flag))).toEqual([]);
  expect(used).toContain('--waivers');
});
