import type { ValidateFunction } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';
import type { OpenAPIV3_1 } from 'openapi-types';
import { basePathOf } from './base-path';
import type { Contract } from './contract';
import { documentedOperations, successStatusOf } from './documented-operations';
import { newAjv } from './new-ajv';
import { SpecError } from './spec-error';

type Document = OpenAPIV3_1.Document;
type HeaderObject = OpenAPIV3_1.HeaderObject & { 'x-role'?: string };

/** The contract the suites check, from an OpenAPI document readSpec validated, dereferenced. */
export function contractOf(spec: Document): Contract {
  const schemas = spec.components?.schemas ?? {};
  const basePath = basePathOf(spec);
  // Validators are compiled on first use: the CLI reads the contract before the run's first
  // request, and validates nothing itself.
  let ajv: Ajv2020 | undefined;
  const validators = new WeakMap<object, ValidateFunction>();
  const validatorFor = (schema: object) => {
    let validate = validators.get(schema);
    if (!validate) {
      // readSpec checked every schema of the document against JSON Schema 2020-12: not again here.
      ajv ??= newAjv({ allErrors: true, strict: false, validateSchema: false }, { formats: true });
      validate = ajv.compile(schema);
      validators.set(schema, validate);
    }
    return validate;
  };
  const operations = documentedOperations(spec, basePath);
  const logout = operations.find((o) => o.raw['x-role'] === 'logout');

  const login = operation(spec, basePath, 'login');
  const loginBody = requireValue(
    (login.raw.requestBody as OpenAPIV3_1.RequestBodyObject | undefined)?.content?.['application/json']
      ?.schema,
    'the login operation has no application/json request body',
  ) as OpenAPIV3_1.SchemaObject;
  const me = operation(spec, basePath, 'getMe');
  const limitExceeded = requireValue(spec.components?.responses?.LimitExceeded, 'no LimitExceeded response');
  const headers = (spec.components?.headers ?? {}) as Record<string, HeaderObject>;
  const securitySchemes = Object.values(
    spec.components?.securitySchemes ?? {},
  ) as OpenAPIV3_1.SecuritySchemeObject[];
  const bearer = securitySchemes.find((s) => s.type === 'http' && /^bearer$/i.test(s.scheme));
  const cookie = securitySchemes.find((s) => s.type === 'apiKey' && s.in === 'cookie');
  const errorSchema = requireValue(schemas.Error, 'no Error schema');
  const userSchema = requireValue(schemas.User, 'no User schema');

  return {
    identity: { title: spec.info.title, version: spec.info.version },
    basePath,
    login: { ...login.operation, fields: credentialFields(loginBody) },
    me: {
      ...me.operation,
      unauthenticatedStatus: firstStatus(me.raw, (s) => s === 401 || (s >= 400 && s < 429)),
    },
    headers: {
      token: headerByRole(headers, 'session-token'),
      setCookie: headerByRole(headers, 'set-cookie'),
      requestId: headerByRole(headers, 'request-id'),
      rateLimit: headerByRole(headers, 'rate-limit'),
      rateRemaining: headerByRole(headers, 'rate-remaining'),
      rateReset: headerByRole(headers, 'rate-reset'),
    },
    bearer: {
      scheme: (requireValue(bearer, 'no http bearer security scheme') as OpenAPIV3_1.HttpSecurityScheme)
        .scheme,
    },
    sessionCookie: {
      name: (requireValue(cookie, 'no cookie security scheme') as OpenAPIV3_1.ApiKeySecurityScheme).name,
    },
    limitExceeded: {
      status: firstStatus(login.raw, (s) => textBodyOf(login.raw.responses?.[String(s)]) !== undefined),
      textBody: requireValue(
        textBodyOf(limitExceeded),
        'the LimitExceeded response has no text/plain const body',
      ),
    },
    get validateError() {
      return validatorFor(errorSchema);
    },
    get validateUser() {
      return validatorFor(userSchema);
    },
    operations,
    securitySchemes: (spec.components?.securitySchemes ?? {}) as Contract['securitySchemes'],
    ...(logout
      ? {
          logout: {
            operationId: logout.operationId,
            method: logout.method,
            path: logout.path,
            successStatus: successStatusOf(logout) ?? 200,
          },
        }
      : {}),
    validatorFor,
  };
}

function operation(spec: Document, basePath: string, operationId: string) {
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const raw = item?.[method];
      if (raw?.operationId !== operationId) continue;
      const successStatus = firstStatus(raw, (s) => s >= 200 && s < 300);
      return {
        raw,
        operation: {
          method: method.toUpperCase(),
          path: `${basePath.replace(/\/$/, '')}${path}`,
          successStatus,
        },
      };
    }
  }
  throw new SpecError(`the OpenAPI document has no operation ${operationId}`);
}

/** The fixed plain-text body a response documents (`const` of its text/plain schema). */
function textBodyOf(response: unknown): string | undefined {
  const schema = (response as OpenAPIV3_1.ResponseObject | undefined)?.content?.['text/plain']?.schema;
  const value = (schema as { const?: unknown } | undefined)?.const;
  return typeof value === 'string' ? value : undefined;
}

function firstStatus(op: OpenAPIV3_1.OperationObject, accept: (status: number) => boolean): number {
  const status = Object.keys(op.responses ?? {})
    .map(Number)
    .find((s) => Number.isInteger(s) && accept(s));
  return requireValue(status, `operation ${op.operationId} documents no matching status`);
}

function credentialFields(schema: OpenAPIV3_1.SchemaObject): Contract['login']['fields'] {
  const byRole = new Map<string, string>();
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const role = (property as { 'x-credential'?: string })['x-credential'];
    if (role) byRole.set(role, name);
  }
  const field = (role: string) =>
    requireValue(byRole.get(role), `no login field marked x-credential: ${role}`);
  return { team: field('team'), email: field('email'), password: field('password') };
}

function headerByRole(headers: Record<string, HeaderObject>, role: string): string {
  const entry = Object.entries(headers).find(([, header]) => header['x-role'] === role);
  return requireValue(entry, `no header marked x-role: ${role}`)[0];
}

function requireValue<T>(value: T | undefined | null, message: string): T {
  if (value === undefined || value === null) throw new SpecError(`the OpenAPI document: ${message}`);
  return value;
}
