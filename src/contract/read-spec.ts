import { readFileSync } from 'node:fs';
import { dereference, validate } from '@readme/openapi-parser';
import type { OpenAPIV3_1 } from 'openapi-types';
import { parse } from 'yaml';
import { invalidSchema } from './invalid-schema';
import { SpecError } from './spec-error';

export type SpecDocument = OpenAPIV3_1.Document;

/** Parses and validates the OpenAPI 3.1 document; refuses anything a real validator rejects. */
export async function readSpec(file: string): Promise<SpecDocument> {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SpecError(`cannot read the OpenAPI document ${file}: ${firstLine((error as Error).message)}`);
  }
  const result = await validate(structuredClone(data) as SpecDocument);
  if (!result.valid) {
    const first = firstLine(result.errors[0]?.message ?? 'invalid');
    throw new SpecError(`the OpenAPI document ${file} is not valid OpenAPI 3.1: ${first}`);
  }
  if (!String((data as SpecDocument).openapi).startsWith('3.1')) {
    throw new SpecError(
      `the OpenAPI document ${file} must be OpenAPI 3.1, not ${(data as SpecDocument).openapi}`,
    );
  }
  const badSchema = invalidSchema(data);
  if (badSchema !== undefined)
    throw new SpecError(`the OpenAPI document ${file} holds an invalid JSON Schema at ${badSchema}`);
  return data as SpecDocument;
}

/** Validated and dereferenced documents, by file: validation is the costly part, done once a process. */
const dereferenced = new Map<string, Promise<SpecDocument>>();

/** The validated document with every $ref resolved, as the contract is read from it. */
export function dereferenceSpec(file: string): Promise<SpecDocument> {
  let document = dereferenced.get(file);
  if (!document) {
    document = readSpec(file).then((spec) => dereference(spec) as Promise<SpecDocument>);
    document.catch(() => dereferenced.delete(file));
    dereferenced.set(file, document);
  }
  return document;
}

/** The first line of a library's message, without the colon that introduces its excerpt. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/:\s*$/, '');
}
