import type { Contract } from './contract';
import { contractOf } from './contract-of';
import { dereferenceSpec } from './read-spec';

/** Reads the contract the suites check from the OpenAPI document file. */
export async function loadContract(file: string): Promise<Contract> {
  return contractOf(await dereferenceSpec(file));
}
