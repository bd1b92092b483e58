import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../catalogue/paths';

export const TOOL_NAME = 'mm-conformance';

/** The version in package.json, from source or compiled alike. */
export function toolVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
