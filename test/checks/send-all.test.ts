import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import type { Contract } from '../../src/contract/contract';
import { loadContract } from '../../src/contract/load-contract';
import type { HttpClient } from '../../src/http/client';
import type { Catalogue } from '../../src/model/clause';
import { Pacer } from '../../src/ratelimit/pacer';
import type { SuiteRunConfig } from '../../src/runner/run-config-file';
import { changesNothing } from '../../suites/support/operation-request';
import { SuiteContext } from '../../suites/support/suite-context';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract(DEFAULT_SPEC_PATH);
});

/** A suite context whose pacer last saw `remaining` left (none: no rate headers seen). */
function contextWith(remaining?: number): SuiteContext {
  const pacer = new Pacer(contract.headers);
  if (remaining !== undefined)
    pacer.observe({ 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': '1' }, Date.now());
  return new SuiteContext('errors', {} as SuiteRunConfig, contract, {} as Catalogue, {} as HttpClient, pacer);
}

/** Three sends that note how many were under way at once; each answers its own index. */
function sends() {
  let underWay = 0;
  let most = 0;
  const list = [0, 1, 2].map((i) => async () => {
    most = Math.max(most, ++underWay);
    await new Promise((resolve) => setTimeout(resolve, 5));
    underWay--;
    return i;
  });
  return { list, most: () => most };
}

test.each<[string, number | undefined, boolean, number]>([
  ['independent probes the allowance covers go together', 3, true, 3],
  ['no rate headers seen: nothing to spend past, so they go together', undefined, true, 3],
  ['an allowance that does not cover them all: one after another', 2, true, 1],
  ['probes that may change what the server answers the next: one after another', 100, false, 1],
])('%s, answers in the order given', async (_, remaining, independent, atOnce) => {
  const { list, most } = sends();
  await expect(contextWith(remaining).sendAll(list, { independent })).resolves.toEqual([0, 1, 2]);
  expect(most()).toBe(atOnce);
});

test('which operations change nothing: safe methods and the login, not the logout', () => {
  const context = contextWith();
  const changing = Object.fromEntries(
    contract.operations.map((operation) => [operation.operationId, changesNothing(context, operation)]),
  );
  expect(changing).toEqual({ login: true, getMe: true, getUserById: true, logout: false });
});
