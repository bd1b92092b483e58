import { chownSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jestCacheDirectory } from '../../src/runner/jest-cache-dir';

// jest's cache is the user's own: never a fixed path in the shared temporary folder, which the
// first user of a machine would own and every other user would then fail on (EACCES).
const fresh = () => mkdtempSync(path.join(os.tmpdir(), 'mmc-cache-home-'));

test('under $XDG_CACHE_HOME, made private (0700)', () => {
  const home = fresh();
  const dir = jestCacheDirectory('/unused', { XDG_CACHE_HOME: home });
  expect(dir).toBe(path.join(home, 'mm-conformance', 'jest'));
  expect(statSync(dir).mode & 0o777).toBe(0o700);
});

test('a relative $XDG_CACHE_HOME is ignored (the XDG rule): ~/.cache, never the temporary folder', () => {
  const dir = jestCacheDirectory('/unused', { XDG_CACHE_HOME: 'relative/cache' });
  expect(dir).toBe(path.join(os.homedir(), '.cache', 'mm-conformance', 'jest'));
  expect(dir.startsWith(os.tmpdir())).toBe(false);
});

test('a cache home that cannot hold the folder: the run-private fallback', () => {
  const file = path.join(fresh(), 'a-file');
  writeFileSync(file, '');
  expect(jestCacheDirectory('/run/private/jest-cache', { XDG_CACHE_HOME: file })).toBe(
    '/run/private/jest-cache',
  );
});

// Only root can give a folder to another user; elsewhere the fallback is tested by the cases above.
const asRoot = process.getuid?.() === 0;
(asRoot ? test : test.skip)('a cache folder that another user owns is not used: the fallback', () => {
  const home = fresh();
  const dir = path.join(home, 'mm-conformance', 'jest');
  mkdirSync(dir, { recursive: true });
  chownSync(dir, 65534, 65534);
  expect(jestCacheDirectory('/run/private/jest-cache', { XDG_CACHE_HOME: home })).toBe(
    '/run/private/jest-cache',
  );
});
