import { readFileSync } from 'node:fs';
import type { Contract } from '../../src/contract/contract';
import { contractOf } from '../../src/contract/contract-of';

/** Contracts read this test file, by the path of the spec document they were read from. */
const contracts = new Map<string, Contract>();

/**
 * The contract of the run's OpenAPI document (validated and dereferenced by the runner), read
 * once: the suites share one test file, and so one contract and the schema validators it compiles.
 */
export function runContract(specDocumentPath: string): Contract {
  let contract = contracts.get(specDocumentPath);
  if (!contract) {
    contract = contractOf(JSON.parse(readFileSync(specDocumentPath, 'utf8')));
    contracts.set(specDocumentPath, contract);
  }
  return contract;
}
