import { RUN_WIDE_CLAUSES, RUN_WIDE_ONLY } from '../../src/runner/run-wide';
import { API_CHECKS } from '../../suites/checks/api';
import { AUTH_CHECKS } from '../../suites/checks/auth';
import { ERRORS_CHECKS } from '../../suites/checks/errors';
import { RATE_JUDGES } from '../../suites/checks/rate';
import { RUN_WIDE_JUDGES } from '../../suites/checks/run-wide';
import { fullCatalogue } from '../support/full-catalogue';

// Every clause has a check, and every check a clause: the suites register exactly these maps. A
// clause only the run-wide suite judges has its run-wide judge as its check.
const checkIds = [API_CHECKS, AUTH_CHECKS, ERRORS_CHECKS, RATE_JUDGES]
  .flatMap((checks) => Object.keys(checks))
  .concat(RUN_WIDE_ONLY);

import { operationCheck } from '../../suites/checks/op';

const clauseIds = fullCatalogue().clauses.map((c) => c.id);
/** The generated clauses' checks are found by aspect, for whichever operation the document has. */
const generatedIds = clauseIds.filter((id) => operationCheck(id) !== undefined);

test('every clause in the catalogue has a check', () => {
  expect(clauseIds.filter((id) => !checkIds.includes(id) && !generatedIds.includes(id))).toEqual([]);
});

test('every check belongs to a clause of the catalogue, once', () => {
  expect(checkIds.filter((id) => !clauseIds.includes(id))).toEqual([]);
  expect(new Set(checkIds).size).toBe(checkIds.length);
});

test('every check sits in the map of its own area', () => {
  const misplaced = Object.entries({
    api: API_CHECKS,
    auth: AUTH_CHECKS,
    errors: ERRORS_CHECKS,
    rate: RATE_JUDGES,
  }).flatMap(([area, checks]) => Object.keys(checks).filter((id) => !id.startsWith(`${area}.`)));
  expect(misplaced).toEqual([]);
});

test('the run-wide suite has a judge for each clause it judges, and each is a clause of the catalogue', () => {
  expect(Object.keys(RUN_WIDE_JUDGES).sort()).toEqual([...RUN_WIDE_CLAUSES].sort());
  expect(RUN_WIDE_CLAUSES.filter((id) => !clauseIds.includes(id))).toEqual([]);
  expect(RUN_WIDE_ONLY.filter((id) => !(RUN_WIDE_CLAUSES as readonly string[]).includes(id))).toEqual([]);
});
