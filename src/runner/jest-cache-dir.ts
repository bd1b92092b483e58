import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Where jest keeps its cache: a folder of the user's own, never a fixed path in a world-writable
 * one (where the first user of a machine would own it, and every other user would meet EACCES,
 * or could be handed a cache another user planted). The user's cache directory
 * (`$XDG_CACHE_HOME`, else `~/.cache`) when it is theirs and writable; otherwise `fallback`, a
 * private folder of the run that goes with it (no cache kept between runs).
 */
export function jestCacheDirectory(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = path.join(userCacheHome(env), 'mm-conformance', 'jest');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    accessSync(dir, constants.W_OK);
    // Another user's folder (a HOME left pointing at theirs) is not ours to write or to trust.
    const uid = process.getuid?.();
    if (uid !== undefined && statSync(dir).uid !== uid) return fallback;
    return dir;
  } catch {
    return fallback;
  }
}

function userCacheHome(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG specification ignores a relative path.
  if (xdg && path.isAbsolute(xdg)) return xdg;
  return path.join(os.homedir(), '.cache');
}
