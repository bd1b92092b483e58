import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readPrevalidated, writePrevalidated } from '../../src/contract/prevalidated';

const recordsDir = () => mkdtempSync(path.join(os.tmpdir(), 'mmc-prevalidated-'));

test('bytes the build recorded read back as the document it recorded', () => {
  const dir = recordsDir();
  writePrevalidated('openapi', 'openapi: 3.1.0\n', { openapi: '3.1.0' }, dir);
  expect(readPrevalidated('openapi', 'openapi: 3.1.0\n', dir)).toEqual({ openapi: '3.1.0' });
});

test('any other bytes, or another kind of document, have no record: they are validated', () => {
  const dir = recordsDir();
  writePrevalidated('openapi', 'openapi: 3.1.0\n', { openapi: '3.1.0' }, dir);
  expect(readPrevalidated('openapi', 'openapi: 3.1.0 \n', dir)).toBeUndefined();
  expect(readPrevalidated('catalogue', 'openapi: 3.1.0\n', dir)).toBeUndefined();
});

test('run from source, no record is read', () => {
  expect(readPrevalidated('openapi', 'openapi: 3.1.0\n')).toBeUndefined();
});
