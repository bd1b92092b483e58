import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { InputFileError } from '../gate/input-file-error';
import { lazyValidator } from '../gate/lazy-validator';
import { readYamlSource, schemaErrorLine } from '../gate/yaml-source';
import type { CheckFlags } from './check-options';
import schema from './config.schema.json';

/** The file read from the working folder when no --config is given. */
export const CONFIG_FILE = 'mm-conformance.config.yaml';

type ConfigData = {
  target?: string;
  team?: string;
  email?: string;
  'report-dir'?: string;
  safe?: boolean;
  'fail-on'?: string;
  timeout?: number;
  only?: string | string[];
  strict?: string | string[];
  format?: string | string[];
  insecure?: boolean;
  spec?: string;
  waivers?: string;
  baseline?: string;
  'baseline-any'?: boolean;
  markdown?: string;
};

const validator = lazyValidator<ConfigData>(schema);

/** Keys that would hold a secret: a config file is committed, so secrets come from the environment. */
const SECRET_KEY = /pass(word)?|secret|token/i;

/**
 * The check flags a config file sets: `--config FILE`, or mm-conformance.config.yaml in the working
 * folder when it exists. Paths in it are relative to the file. Throws InputFileError (`file:line:`)
 * for a file that breaks config.schema.json or holds a password.
 */
export function readConfigFile(given: string | undefined, cwd: string): CheckFlags {
  const file = path.resolve(cwd, given ?? CONFIG_FILE);
  if (given === undefined && !existsSync(file)) return {};
  const shown = given ?? CONFIG_FILE;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputFileError(`cannot read the config file ${shown}: ${(error as Error).message}`);
  }
  return configFlags(shown, text, path.dirname(file));
}

/** The flags a config file's text sets, its paths resolved against `folder`. */
export function configFlags(file: string, text: string, folder: string): CheckFlags {
  const source = readYamlSource(file, text);
  if (source.data === null || source.data === undefined) return {};
  if (typeof source.data === 'object' && !Array.isArray(source.data)) {
    const secret = Object.keys(source.data).find((key) => SECRET_KEY.test(key));
    if (secret !== undefined) {
      throw new InputFileError(
        `${file}:${source.lineOf(`/${secret}`)}: "${secret}" is refused: a config file is no place for a secret; set MM_PASSWORD in the environment`,
      );
    }
  }
  const validate = validator();
  if (!validate(source.data)) {
    const [first] = validate.errors ?? [];
    if (first?.instancePath === '' && first.keyword === 'type') {
      throw new InputFileError(`${file}:1: expected a map of options, e.g. target: https://chat.example.com`);
    }
    throw new InputFileError(first ? schemaErrorLine(source, first) : `${file}:1: not a config file`);
  }
  const data = source.data;
  const inFolder = (p: string | undefined) => (p === undefined ? undefined : path.resolve(folder, p));
  const flags: CheckFlags = {
    target: data.target,
    team: data.team,
    email: data.email,
    reportDir: inFolder(data['report-dir']),
    safe: data.safe,
    failOn: data['fail-on'],
    timeout: data.timeout === undefined ? undefined : String(data.timeout),
    only: listOf(data.only),
    strict: listOf(data.strict),
    format: listOf(data.format),
    insecure: data.insecure,
    spec: inFolder(data.spec),
    waivers: inFolder(data.waivers),
    baseline: inFolder(data.baseline),
    baselineAny: data['baseline-any'],
    markdown: inFolder(data.markdown),
  };
  return Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined)) as CheckFlags;
}

/** The variables that stand in for a flag, and so also override the file. */
const ENV_FOR = { target: 'MM_TARGET', team: 'MM_TEAM', email: 'MM_EMAIL' } as const;

/**
 * The config's flags with the command line's on top, as usual for a tool: a flag given overrides
 * an MM_ variable, which overrides the file (the file is shared, the environment is the job's).
 */
export function overrideConfig(config: CheckFlags, flags: CheckFlags, env: NodeJS.ProcessEnv): CheckFlags {
  const fromFile: CheckFlags = { ...config };
  for (const [key, name] of Object.entries(ENV_FOR))
    if (env[name]) delete fromFile[key as keyof typeof ENV_FOR];
  const given = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  return { ...fromFile, ...given };
}

function listOf(value: string | string[] | undefined): string[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}
