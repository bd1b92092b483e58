import type { OpenAPIV3_1 } from 'openapi-types';
import type { Level } from '../model/level';

type OperationObject = OpenAPIV3_1.OperationObject<{
  'x-level'?: Level;
  'x-doc-anchor'?: string;
  'x-source'?: string;
  'x-role'?: string;
}>;

/** The HTTP methods an OpenAPI path item may hold an operation under. */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation of the (dereferenced) document, as the generated checks read it. */
export interface DocumentedOperation {
  operationId: string;
  /** Upper case, as sent. */
  method: string;
  /** The path as the document writes it, below the base path: "/users/{user_id}". */
  template: string;
  /** The path joined to the base path: "/api/v1/users/{user_id}". */
  path: string;
  /** Where it lives in the document: "#/paths/~1users~1login/post". */
  pointer: string;
  /** The operation object itself, every $ref resolved. */
  raw: OperationObject;
  /** The security requirements that apply: the operation's own, else the document's. */
  security: OpenAPIV3_1.SecurityRequirementObject[];
  /** The parameters that apply: the path item's, each overridden by the operation's own of that name. */
  parameters: OpenAPIV3_1.ParameterObject[];
}

/** Every operation of the document, in the document's order; one without an operationId is named for its method and path. */
export function documentedOperations(spec: OpenAPIV3_1.Document, basePath: string): DocumentedOperation[] {
  const base = basePath.replace(/\/$/, '');
  return Object.entries(spec.paths ?? {}).flatMap(([template, item]) =>
    METHODS.flatMap((method) => {
      const raw = item?.[method] as OperationObject | undefined;
      if (!raw) return [];
      return [
        {
          operationId: raw.operationId ?? `${method}${template.replace(/[^A-Za-z0-9]+/g, '_')}`,
          method: method.toUpperCase(),
          template,
          path: `${base}${template}`,
          pointer: `#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`,
          raw,
          security: raw.security ?? spec.security ?? [],
          parameters: mergeParameters(item?.parameters, raw.parameters),
        },
      ];
    }),
  );
}

/** The success status an operation documents: its first 2xx response. */
export function successStatusOf(operation: DocumentedOperation): number | undefined {
  return Object.keys(operation.raw.responses ?? {})
    .map(Number)
    .find((status) => Number.isInteger(status) && status >= 200 && status < 300);
}

/** A response object of the operation, dereferenced. */
export type ResponseObject = OpenAPIV3_1.ResponseObject & {
  'x-level'?: Level;
  links?: Record<string, LinkObject>;
};
export type LinkObject = OpenAPIV3_1.LinkObject;

export function responseOf(operation: DocumentedOperation, status: string): ResponseObject | undefined {
  return operation.raw.responses?.[status] as ResponseObject | undefined;
}

/**
 * The response the document gives for a status: its own code first, then its range ("4XX"), then
 * `default` — the order OpenAPI sets. Returns the key it matched.
 */
export function documentedResponseFor(
  operation: DocumentedOperation,
  status: number,
): { key: string; response: ResponseObject } | undefined {
  for (const key of [String(status), `${String(status)[0]}XX`, 'default']) {
    const response = responseOf(operation, key);
    if (response) return { key, response };
  }
  return undefined;
}

/** The JSON schema of a response's application/json content, when it has one. */
export function jsonSchemaOf(
  response: OpenAPIV3_1.ResponseObject | OpenAPIV3_1.RequestBodyObject | undefined,
): OpenAPIV3_1.SchemaObject | undefined {
  const content = response?.content ?? {};
  const key = Object.keys(content).find((type) => /^application\/(.+\+)?json\b/i.test(type));
  return key === undefined ? undefined : (content[key]?.schema as OpenAPIV3_1.SchemaObject | undefined);
}

function mergeParameters(
  fromPath: unknown[] | undefined,
  own: unknown[] | undefined,
): OpenAPIV3_1.ParameterObject[] {
  const merged = new Map<string, OpenAPIV3_1.ParameterObject>();
  for (const p of [...(fromPath ?? []), ...(own ?? [])] as OpenAPIV3_1.ParameterObject[])
    merged.set(`${p.in}:${p.name}`, p);
  return [...merged.values()];
}

/** The request body's JSON schema, when the operation takes one. */
export function requestSchemaOf(operation: DocumentedOperation): OpenAPIV3_1.SchemaObject | undefined {
  return jsonSchemaOf(operation.raw.requestBody as OpenAPIV3_1.RequestBodyObject | undefined);
}
