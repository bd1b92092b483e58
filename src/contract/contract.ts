import type { ValidateFunction } from 'ajv';
import type { OpenAPIV3_1 } from 'openapi-types';
import type { DocumentedOperation } from './documented-operations';

/** A documented operation, with its path already joined to the base path. */
export interface Operation {
  method: string;
  path: string;
  successStatus: number;
}

/**
 * What the suites check, read from the OpenAPI document (spec/mattermost-v1.openapi.yaml) so that
 * no operation, status, schema, header name or security scheme is restated in code.
 */
export interface Contract {
  /** The document's `info.title` and `info.version`: what a baseline must share with a run. */
  identity: { title: string; version: string };
  /** The path part of the server URL: "/api/v1". */
  basePath: string;
  login: Operation & {
    /** Request body property for each credential, from `x-credential`. */
    fields: { team: string; email: string; password: string };
  };
  me: Operation & { unauthenticatedStatus: number };
  headers: {
    token: string;
    setCookie: string;
    requestId: string;
    rateLimit: string;
    rateRemaining: string;
    rateReset: string;
  };
  bearer: { scheme: string };
  sessionCookie: { name: string };
  limitExceeded: { status: number; textBody: string };
  validateError: ValidateFunction;
  validateUser: ValidateFunction;
  /** Every operation of the document, for the generated checks (op.<operationId>.<aspect>). */
  operations: DocumentedOperation[];
  /** The document's security schemes, by name, as operations' security requirements name them. */
  securitySchemes: Record<string, OpenAPIV3_1.SecuritySchemeObject>;
  /** The operation marked `x-role: logout`, which ends a session; the document may have none. */
  logout?: Operation & { operationId: string };
  /** A validator for any schema of the document, compiled once. */
  validatorFor(schema: object): ValidateFunction;
}
