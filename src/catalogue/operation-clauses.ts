import type { OpenAPIV3_1 } from 'openapi-types';
import { basePathOf } from '../contract/base-path';
import {
  type DocumentedOperation,
  documentedOperations,
  jsonSchemaOf,
  requestSchemaOf,
  responseOf,
  successStatusOf,
} from '../contract/documented-operations';
import { inputClasses } from '../contract/input-classes';
import type { Clause } from '../model/clause';
import { LEVELS, type Level } from '../model/level';

/**
 * What the generated checks judge of each operation, named as Schemathesis names its checks where
 * one fits. A clause `op.<operationId>.<aspect>` exists for each aspect the operation documents
 * something for (a success response, headers, a schema, a security requirement, inputs).
 */
export const ASPECTS = [
  'status_code_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'ignored_auth',
  'input_classes',
  'error_response_conformance',
] as const;
export type Aspect = (typeof ASPECTS)[number];

/** The section every operation's error answers come under: "All errors will return …". */
const CLIENT_ERRORS_ANCHOR = 'client-errors';
const CLIENT_ERRORS_QUOTE =
  'All errors will return an appropriate HTTP response code along with the following JSON body';

/** The clause id of an operation's aspect. */
export function operationClauseId(operationId: string, aspect: Aspect): string {
  return `op.${operationId}.${aspect}`;
}

/** The operation and aspect a generated clause id names, or undefined for any other id. */
export function parseOperationClauseId(id: string): { operationId: string; aspect: Aspect } | undefined {
  if (!id.startsWith('op.')) return undefined;
  const cut = id.lastIndexOf('.');
  const aspect = id.slice(cut + 1) as Aspect;
  if (cut <= 3 || !ASPECTS.includes(aspect)) return undefined;
  return { operationId: id.slice(3, cut), aspect };
}

/**
 * The clauses every operation of the (validated, dereferenced) document generates, in the
 * document's order: each worded from the document, its level read from it (`x-level`, MUST where
 * the document says nothing else), pointing at the operation's section (`x-doc-anchor`).
 */
export function operationClauses(spec: OpenAPIV3_1.Document): Clause[] {
  return documentedOperations(spec, basePathOf(spec)).flatMap(clausesOf);
}

function clausesOf(operation: DocumentedOperation): Clause[] {
  const level = operationLevel(operation);
  const anchor = operation.raw['x-doc-anchor'] ?? CLIENT_ERRORS_ANCHOR;
  const name = `${operation.method} ${operation.template}`;
  const source = operation.raw['x-source'];
  const levelFrom = source
    ? `x-level ${level}: the operation comes from ${source}, not from the overview document.`
    : `x-level ${level} on the operation in the OpenAPI document.`;
  const quote = operation.raw.summary ?? name;
  const clause = (aspect: Aspect, fields: Omit<Clause, 'id' | 'quote' | 'docAnchor'> & Partial<Clause>) => ({
    id: operationClauseId(operation.operationId, aspect),
    quote,
    docAnchor: anchor,
    ...fields,
  });
  const clauses: Clause[] = [];
  const status = successStatusOf(operation);
  const success = status === undefined ? undefined : responseOf(operation, String(status));
  if (status !== undefined && success) {
    const at = `${operation.pointer}/responses/${status}`;
    clauses.push(
      clause('status_code_conformance', {
        level,
        levelReason: levelFrom,
        requirement: `${name}, sent as the document describes it, answers ${status}.`,
        openapi: at,
      }),
    );
    const headers = Object.keys(success.headers ?? {});
    if (headers.length > 0)
      clauses.push(
        clause('response_headers_conformance', {
          level,
          levelReason: levelFrom,
          requirement: `The ${status} answer to ${name} carries ${headers.join(', ')}, each valid against its schema.`,
          openapi: `${at}/headers`,
        }),
      );
    if (jsonSchemaOf(success))
      clauses.push(
        clause('response_schema_conformance', {
          ...schemaLevel(level, source),
          requirement: `The body of the ${status} answer to ${name} is valid against its documented schema.`,
          openapi: `${at}/content`,
        }),
      );
  }
  const refusal = unauthenticatedStatus(operation);
  if (operation.security.some((requirement) => Object.keys(requirement).length > 0) && refusal) {
    const refusalLevel = refusal.response['x-level'] ?? level;
    clauses.push(
      clause('ignored_auth', {
        level: weaker(refusalLevel, level),
        levelReason: refusal.response['x-level']
          ? `x-level ${refusalLevel} on the documented ${refusal.key} response: ${refusal.response.description}`
          : levelFrom,
        requirement: `${name} without credentials, and with a token never issued, answers ${refusal.key} with the error body and none of its data.`,
        openapi: `${operation.pointer}/security`,
      }),
    );
  }
  const classes = inputClasses({ parameters: operation.parameters, body: requestSchemaOf(operation) });
  if (classes.length > 0) {
    const inputs = classes.map((c) => c.label).join('; ');
    const inputReason = `"All errors will return an appropriate HTTP response code" covers every operation; a faulty input is the client's error, never the server's.`;
    clauses.push(
      clause('input_classes', {
        level: 'MUST',
        levelReason: inputReason,
        requirement: `${name} answers each faulty input generated from its request schemas with a 4xx (${inputs}).`,
        docAnchor: CLIENT_ERRORS_ANCHOR,
        quote: CLIENT_ERRORS_QUOTE,
        openapi: operation.raw.requestBody
          ? `${operation.pointer}/requestBody`
          : `${operation.pointer}/parameters`,
        active: true,
      }),
      clause('error_response_conformance', {
        level: 'MUST',
        levelReason: '"All errors will return … the following JSON body" admits no other body.',
        requirement: `Each error answer of ${name} to a faulty input has a documented status and a body valid against that response's schema.`,
        docAnchor: CLIENT_ERRORS_ANCHOR,
        quote: CLIENT_ERRORS_QUOTE,
        openapi: `${operation.pointer}/responses`,
        active: true,
      }),
    );
  }
  return clauses;
}

/** The operation's x-level; MUST where the document says nothing else. */
export function operationLevel(operation: DocumentedOperation): Level {
  const declared = operation.raw['x-level'];
  return declared && LEVELS.includes(declared) ? declared : 'MUST';
}

/**
 * What a schema requires is a MUST; but an operation the overview does not describe cannot promise
 * more than the operation itself, so its level caps it.
 */
function schemaLevel(level: Level, source: string | undefined): Pick<Clause, 'level' | 'levelReason'> {
  if (level === 'MUST')
    return { level, levelReason: 'The response schema requires it: what a schema requires is a MUST.' };
  return {
    level,
    levelReason: `The response schema requires it, but the operation is itself only ${level}${source ? ` (from ${source})` : ''}.`,
  };
}

/** The status the document gives for a request without valid credentials: 401 where documented, else its first 4xx. */
export function unauthenticatedStatus(operation: DocumentedOperation) {
  const keys = Object.keys(operation.raw.responses ?? {});
  const key = keys.includes('401') ? '401' : keys.find((k) => /^4\d\d$/.test(k) && k !== '429');
  const response = key === undefined ? undefined : responseOf(operation, key);
  return key === undefined || !response ? undefined : { key, response };
}

function weaker(a: Level, b: Level): Level {
  return LEVELS.indexOf(a) > LEVELS.indexOf(b) ? a : b;
}
