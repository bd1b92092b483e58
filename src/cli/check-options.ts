import path from 'node:path';
import type { Baseline } from '../gate/baseline';
import { InputFileError } from '../gate/input-file-error';
import { readBaseline } from '../gate/read-baseline';
import { readWaivers } from '../gate/read-waivers';
import type { WaiverFile } from '../gate/waiver';
import type { Gate } from '../report/report';
import type { StrictReadings } from '../runner/run-config';
import { overrideConfig, readConfigFile } from './config-file';
import { CannotRun } from './usage-error';

/** The check command's flags as commander hands them over: every value still a string. */
export interface CheckFlags {
  target?: string;
  team?: string;
  email?: string;
  password?: string;
  reportDir?: string;
  safe?: boolean;
  failOn?: string;
  timeout?: string;
  only?: string[];
  list?: boolean;
  strict?: string[];
  insecure?: boolean;
  spec?: string;
  format?: string[];
  config?: string;
  waivers?: string;
  baseline?: string;
  baselineAny?: boolean;
  markdown?: string;
}

/** A validated check run. `target` undefined means: check the built-in reference server. */
export interface CheckOptions {
  target?: string;
  credentials?: { team: string; email: string; password: string };
  reportDir: string;
  safe: boolean;
  gate: Gate;
  timeoutSeconds: number;
  only: string[];
  list: boolean;
  strict: StrictReadings;
  insecure: boolean;
  /** The spec as the user named it (for the record), and resolved. */
  spec?: { given: string; path: string };
  /** The outputs to write (`--format`); undefined writes them all. */
  formats?: string[];
  /** The waivers file, read and validated (--waivers). */
  waivers?: WaiverFile;
  /** The previous run to compare with (--baseline); `any` takes one of another spec version or target. */
  baseline?: { record: Baseline; any: boolean };
  /** Where the Markdown summary goes (--markdown). */
  markdown?: string;
}

export const DEFAULT_TIMEOUT_SECONDS = 10;
export const DEFAULT_REPORT_DIR = 'reports';

/** The documented readings `--strict` can pin, as KEY=VALUE, and where each goes in the run config. */
const STRICT_KEYS = {
  reset: { field: 'reset', values: ['seconds', 'epoch'] },
  'limit-body': { field: 'limitBody', values: ['json', 'text'] },
  'auth-header': { field: 'authHeader', values: ['authorization', 'authentication'] },
} as const;

/**
 * The OpenAPI document a run reads (--spec, or the config file's, else the project's): needed before
 * the other options, since the clauses --only and the waivers may name are generated from it.
 */
export function specPathOf(
  commandLine: CheckFlags,
  env: NodeJS.ProcessEnv,
  cwd = process.cwd(),
): string | undefined {
  const flags = overrideConfig(
    fromInputFile(() => readConfigFile(commandLine.config, cwd)),
    commandLine,
    env,
  );
  return flags.spec === undefined ? undefined : path.resolve(cwd, flags.spec);
}

/**
 * Validates the flags over the config file's (mm-conformance.config.yaml or --config); MM_TARGET,
 * MM_TEAM and MM_EMAIL stand in for their flags and override the file, MM_PASSWORD is the only
 * source of the password besides --password. `clauseIds` lets
 * `--only` and the waivers refuse a prefix that selects nothing. Throws CannotRun.
 */
export function resolveCheckOptions(
  commandLine: CheckFlags,
  env: NodeJS.ProcessEnv,
  clauseIds: readonly string[],
  cwd = process.cwd(),
): CheckOptions {
  const flags = overrideConfig(
    fromInputFile(() => readConfigFile(commandLine.config, cwd)),
    commandLine,
    env,
  );
  const list = flags.list ?? false;
  const target = nonEmpty(flags.target) ?? nonEmpty(env.MM_TARGET);
  const options: CheckOptions = {
    target: target === undefined ? undefined : parseTarget(target),
    reportDir: path.resolve(cwd, nonEmpty(flags.reportDir) ?? DEFAULT_REPORT_DIR),
    safe: flags.safe ?? false,
    gate: parseGate(flags.failOn),
    timeoutSeconds: parseTimeout(flags.timeout),
    only: parseOnly(flags.only ?? [], clauseIds),
    list,
    strict: parseStrict(flags.strict ?? []),
    insecure: flags.insecure ?? false,
    spec: flags.spec === undefined ? undefined : { given: flags.spec, path: path.resolve(cwd, flags.spec) },
    formats: flags.format === undefined ? undefined : parseFormats(flags.format),
  };
  if (options.target !== undefined && !list) options.credentials = credentials(flags, env);
  if (!list) Object.assign(options, gateInputs(flags, clauseIds, cwd));
  return options;
}

/** The waivers, the baseline and the Markdown file, read and validated before the run starts. */
function gateInputs(
  flags: CheckFlags,
  clauseIds: readonly string[],
  cwd: string,
): Pick<CheckOptions, 'waivers' | 'baseline' | 'markdown'> {
  if (flags.baselineAny && flags.baseline === undefined) {
    throw new CannotRun('--baseline-any needs --baseline FILE (the report.json of a previous run)');
  }
  const { waivers, baseline, markdown } = flags;
  return {
    ...(waivers
      ? { waivers: fromInputFile(() => readWaivers(path.resolve(cwd, waivers), clauseIds, waivers)) }
      : {}),
    ...(baseline
      ? {
          baseline: {
            record: fromInputFile(() => readBaseline(path.resolve(cwd, baseline), baseline)),
            any: flags.baselineAny ?? false,
          },
        }
      : {}),
    ...(markdown ? { markdown: path.resolve(cwd, markdown) } : {}),
  };
}

/** A file the user named cannot be used: one line, exit 2. */
function fromInputFile<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputFileError) throw new CannotRun(error.message);
    throw error;
  }
}

/** The target as a base URL: http or https, no credentials, query or fragment; no trailing slash. */
export function parseTarget(text: string): string {
  // The text is shown back only when it cannot hold a credential (user:password@host).
  const shown = text.includes('@') ? 'the value given' : JSON.stringify(text);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new CannotRun(`--target is not a URL: ${shown} (expected e.g. https://chat.example.com)`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new CannotRun(`--target is not a URL: ${shown} (expected e.g. https://chat.example.com)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CannotRun(`--target must be an http or https URL, not ${url.protocol.slice(0, -1)}:`);
  }
  if (url.username || url.password) {
    throw new CannotRun('--target must not carry credentials; give --email and MM_PASSWORD instead');
  }
  if (url.search || url.hash) throw new CannotRun('--target must be a base URL, without a query or fragment');
  if (!url.hostname) throw new CannotRun(`--target has no host: ${shown}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** `--strict KEY=VALUE`, repeatable or comma-separated; a key may be pinned only once. */
export function parseStrict(items: readonly string[]): StrictReadings {
  const strict: Record<string, string> = {};
  const known = Object.keys(STRICT_KEYS).join(', ');
  for (const item of splitList(items)) {
    const [key = '', value, ...extra] = item.split('=');
    const spec = STRICT_KEYS[key as keyof typeof STRICT_KEYS];
    if (!spec)
      throw new CannotRun(`--strict ${item}: unknown reading ${JSON.stringify(key)} (known: ${known})`);
    if (value === undefined || extra.length > 0 || !(spec.values as readonly string[]).includes(value)) {
      throw new CannotRun(`--strict ${item}: expected ${key}=${spec.values.join('|')}`);
    }
    if (strict[spec.field] !== undefined && strict[spec.field] !== value) {
      throw new CannotRun(`--strict ${key} is given twice, as ${strict[spec.field]} and ${value}`);
    }
    strict[spec.field] = value;
  }
  return strict as StrictReadings;
}

/** `--only` prefixes, repeatable or comma-separated; each must select at least one clause. */
export function parseOnly(items: readonly string[], clauseIds: readonly string[]): string[] {
  const prefixes = [...new Set(splitList(items))];
  for (const prefix of prefixes) {
    if (!clauseIds.some((id) => id.startsWith(prefix))) {
      throw new CannotRun(`--only ${prefix} selects no clause (mm-conformance --list shows them)`);
    }
  }
  return prefixes;
}

/**
 * `--format` names, repeatable or comma-separated, each once. Which names exist, the writers say
 * (chooseWriters, when a run starts): the writers are not loaded for --list and --help.
 */
export function parseFormats(items: readonly string[]): string[] {
  const formats = [...new Set(splitList(items))];
  if (formats.length === 0) throw new CannotRun('--format needs a value, e.g. --format html,junit');
  return formats;
}

export function parseTimeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_SECONDS;
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new CannotRun(`--timeout ${text}: expected a number of seconds between 0 and 3600`);
  }
  return seconds;
}

export function parseGate(text: string | undefined): Gate {
  if (text === undefined) return 'must';
  if (text === 'must' || text === 'should') return text;
  throw new CannotRun(`--fail-on ${text}: expected must or should`);
}

function credentials(flags: CheckFlags, env: NodeJS.ProcessEnv): CheckOptions['credentials'] {
  const team = nonEmpty(flags.team) ?? nonEmpty(env.MM_TEAM);
  const email = nonEmpty(flags.email) ?? nonEmpty(env.MM_EMAIL);
  const password = nonEmpty(flags.password) ?? nonEmpty(env.MM_PASSWORD);
  const missing = [
    team === undefined ? '--team (or MM_TEAM)' : '',
    email === undefined ? '--email (or MM_EMAIL)' : '',
    password === undefined ? 'MM_PASSWORD (or --password)' : '',
  ].filter(Boolean);
  if (team === undefined || email === undefined || password === undefined) {
    throw new CannotRun(`checking --target needs an account to log in with: missing ${missing.join(', ')}`);
  }
  return { team, email, password };
}

function splitList(items: readonly string[]): string[] {
  return items
    .flatMap((item) => item.split(','))
    .map((item) => item.trim())
    .filter(Boolean);
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}
