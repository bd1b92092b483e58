import { loadCatalogue } from '../../src/catalogue/load-catalogue';
import { FAULTS } from '../../src/server/faults';

// Every testable clause has a fault that breaks it, and every fault names real clauses.
const catalogue = loadCatalogue();
const ids = new Set(catalogue.clauses.map((c) => c.id));

test('every testable clause is broken by at least one fault', () => {
  const broken = new Set(FAULTS.flatMap((f) => f.breaks));
  const unbroken = catalogue.clauses.filter((c) => !c.observation && !broken.has(c.id)).map((c) => c.id);
  expect(unbroken).toEqual([]);
});

test('every fault names clauses that exist', () => {
  const unknown = FAULTS.flatMap((f) =>
    [...f.breaks, ...(f.collateral ?? [])].filter((id) => !ids.has(id)).map((id) => `${f.name}: ${id}`),
  );
  expect(unknown).toEqual([]);
});

test('every fault breaks at least one clause', () => {
  expect(FAULTS.filter((f) => f.breaks.length === 0).map((f) => f.name)).toEqual([]);
});
