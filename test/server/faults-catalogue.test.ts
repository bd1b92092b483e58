import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createReferenceServer, FAULTS, faultByName, startServer } from '../../src/server';
import { fullCatalogue } from '../support/full-catalogue';

const FAULTS_DIR = path.join(__dirname, '../../src/server/faults');
const clauseIds = new Set(fullCatalogue().clauses.map((c) => c.id));

test('every clause id a fault names is in the catalogue', () => {
  const unknown = FAULTS.flatMap((f) =>
    [...f.breaks, ...(f.collateral ?? []), ...(f.skips ?? [])]
      .filter((id) => !clauseIds.has(id))
      .map((id) => `${f.name}: ${id}`),
  );
  expect(unknown).toEqual([]);
});

test('every fault breaks at least one clause, and declares each clause once: broken, collateral or skipped', () => {
  for (const fault of FAULTS) {
    expect({ fault: fault.name, breaks: fault.breaks.length > 0 }).toEqual({
      fault: fault.name,
      breaks: true,
    });
    const declared = [...fault.breaks, ...(fault.collateral ?? []), ...(fault.skips ?? [])];
    expect({ fault: fault.name, twice: declared.filter((id, i) => declared.indexOf(id) !== i) }).toEqual({
      fault: fault.name,
      twice: [],
    });
  }
});

test('every clause but observations is broken by some fault', () => {
  const broken = new Set(FAULTS.flatMap((f) => f.breaks));
  const observations = new Set(
    fullCatalogue()
      .clauses.filter((c) => c.observation)
      .map((c) => c.id),
  );
  expect([...clauseIds].filter((id) => !broken.has(id) && !observations.has(id))).toEqual([]);
});

test('fault names are unique, kebab-case, and each is the name of its file', () => {
  const files = readdirSync(FAULTS_DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'fault.ts' && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const names = FAULTS.map((f) => f.name);
  expect([...names].sort()).toEqual(files);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test('each description is one sentence', () => {
  for (const { name, description } of FAULTS) {
    expect({ name, ends: description.endsWith('.'), sentences: description.split('. ').length }).toEqual({
      name,
      ends: true,
      sentences: 1,
    });
  }
});

test('faultByName finds a fault, and refuses an unknown name with a clear error', () => {
  expect(faultByName('no-request-id').name).toBe('no-request-id');
  expect(() => faultByName('x')).toThrow('unknown fault "x"; --list-faults lists them');
});

test('a server asked for an unknown fault is not created', async () => {
  expect(() => createReferenceServer({ faults: ['no-such-fault'] })).toThrow('unknown fault "no-such-fault"');
  await expect(startServer({ port: 0, faults: ['no-such-fault'] })).rejects.toThrow('unknown fault');
});
