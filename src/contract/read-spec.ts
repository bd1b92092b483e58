import { readFileSync } from 'node:fs';
import type { OpenAPIV3_1 } from 'openapi-types';
import { invalidSchema } from './invalid-schema';
import { readPrevalidated } from './prevalidated';
import { SpecError } from './spec-error';

export type SpecDocument = OpenAPIV3_1.Document;

/** Parses and validates the OpenAPI 3.1 document; refuses anything a real validator rejects. */
export async function readSpec(file: string): Promise<SpecDocument> {
  return validateSpec(readSpecText(file), file);
}

/** Validated and dereferenced documents, by file: validation is the costly part, done once a process. */
const dereferenced = new Map<string, Promise<SpecDocument>>();

/**
 * The validated document with every $ref resolved, as the contract is read from it: as the build
 * recorded it when the file's bytes are those it validated (see prevalidated.ts), else validated now.
 */
export function dereferenceSpec(file: string): Promise<SpecDocument> {
  let document = dereferenced.get(file);
  if (!document) {
    document = Promise.resolve().then(() => {
      const text = readSpecText(file);
      return readPrevalidated<SpecDocument>('openapi', text) ?? validateAndDereference(text, file);
    });
    document.catch(() => dereferenced.delete(file));
    dereferenced.set(file, document);
  }
  return document;
}

/** The document in `text` (read from `file`) validated, then dereferenced: what the build records. */
export async function validateAndDereference(text: string, file: string): Promise<SpecDocument> {
  const spec = await validateSpec(text, file);
  const { dereference } = await import('@readme/openapi-parser');
  return dereference(spec) as Promise<SpecDocument>;
}

function readSpecText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new SpecError(`cannot read the OpenAPI document ${file}: ${firstLine((error as Error).message)}`);
  }
}

async function validateSpec(text: string, file: string): Promise<SpecDocument> {
  let data: unknown;
  try {
    // Loaded here, not imported: a run whose document the build validated does not parse YAML.
    const { parse } = require('yaml') as typeof import('yaml');
    data = parse(text);
  } catch (error) {
    throw new SpecError(`cannot read the OpenAPI document ${file}: ${firstLine((error as Error).message)}`);
  }
  // The validator is the costly module to load: only a document that is validated needs it.
  const { validate } = await import('@readme/openapi-parser');
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

/** The first line of a library's message, without the colon that introduces its excerpt. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/:\s*$/, '');
}
