import { randomInt } from 'node:crypto';
import type { OpenAPIV3_1 } from 'openapi-types';

type Schema = OpenAPIV3_1.SchemaObject;

/**
 * The kinds of faulty input a server must refuse as a client fault (a 4xx), generated from the
 * request schemas: a body that is not JSON, a required field left out, a field of the wrong type,
 * a well-formed value the server cannot know (an unknown team, email, user id).
 */
export type InputClassKind = 'body-not-json' | 'missing' | 'wrong-type' | 'unknown';

export type InputLocation = 'body' | 'path' | 'query';

export interface InputClass {
  /** Stable within an operation: "body-not-json", "missing-name", "wrong-type-email", "unknown-user_id". */
  id: string;
  kind: InputClassKind;
  location: InputLocation;
  /** The body property or parameter the class changes (none for body-not-json). */
  field?: string;
  /** For reports: "body not JSON", "name missing", "email of the wrong type", "unknown user_id". */
  label: string;
}

/** What an operation takes, as the document declares it. */
export interface RequestShape {
  parameters: readonly OpenAPIV3_1.ParameterObject[];
  body?: Schema;
}

/** A request as the checker sends it: path and query values, and the body as an object. */
export interface RequestValues {
  path: Record<string, string>;
  query: Record<string, string>;
  body?: Record<string, unknown>;
}

/** The faulty request of a class: the body is text, since one class is "not JSON". */
export interface FaultyRequest {
  path: Record<string, string>;
  query: Record<string, string>;
  body?: string;
}

/** Every input class of an operation, in a fixed order: body first, then parameters. */
export function inputClasses(shape: RequestShape): InputClass[] {
  const classes: InputClass[] = [];
  const body = shape.body;
  if (body) {
    classes.push({ id: 'body-not-json', kind: 'body-not-json', location: 'body', label: 'body not JSON' });
    const required = new Set(body.required ?? []);
    for (const [field, property] of Object.entries(body.properties ?? {}) as [string, Schema][]) {
      if (required.has(field)) classes.push(classOf('missing', 'body', field));
      if (wrongValueFor(property) !== undefined) classes.push(classOf('wrong-type', 'body', field));
      if (canBeUnknown(property)) classes.push(classOf('unknown', 'body', field));
    }
  }
  for (const parameter of shape.parameters) {
    if (parameter.in !== 'path' && parameter.in !== 'query') continue;
    const schema = (parameter.schema ?? {}) as Schema;
    // A path segment is text whatever the schema says; only a non-string one can have the wrong type.
    if (parameter.in === 'query' && parameter.required)
      classes.push(classOf('missing', 'query', parameter.name));
    if (!isStringSchema(schema) && wrongValueFor(schema) !== undefined)
      classes.push(classOf('wrong-type', parameter.in, parameter.name));
    if (canBeUnknown(schema)) classes.push(classOf('unknown', parameter.in, parameter.name));
  }
  return classes;
}

const LABELS: Record<Exclude<InputClassKind, 'body-not-json'>, (field: string) => string> = {
  missing: (field) => `${field} missing`,
  'wrong-type': (field) => `${field} of the wrong type`,
  unknown: (field) => `unknown ${field}`,
};

function classOf(
  kind: Exclude<InputClassKind, 'body-not-json'>,
  location: InputLocation,
  field: string,
): InputClass {
  return { id: `${kind}-${field}`, kind, location, field, label: LABELS[kind](field) };
}

/**
 * The request of one class, made from a good one: only what the class names is changed. A body
 * that is not JSON is the good body cut short after its last field, with every write-only field
 * (a password) left out first, so that no secret travels in a request the server cannot read.
 */
export function faultyRequest(
  inputClass: InputClass,
  good: RequestValues,
  shape: RequestShape,
  random: (below: number) => number = randomInt,
): FaultyRequest {
  const path = { ...good.path };
  const query = { ...good.query };
  const body = good.body === undefined ? undefined : { ...good.body };
  const { kind, location, field } = inputClass;
  if (kind === 'body-not-json') {
    const readable = Object.fromEntries(
      Object.entries(body ?? {}).filter(([name]) => !propertyOf(shape, name)?.writeOnly),
    );
    const text = JSON.stringify(readable);
    return { path, query, body: `${text.slice(0, -1)}${text === '{}' ? '' : ','}` };
  }
  const values: Record<string, unknown> =
    location === 'body' ? (body ?? {}) : location === 'path' ? path : query;
  const name = field as string;
  const schema = location === 'body' ? propertyOf(shape, name) : parameterSchema(shape, location, name);
  if (kind === 'missing') delete values[name];
  else if (kind === 'wrong-type') values[name] = wrongValueFor(schema ?? {});
  else values[name] = unknownLike(String(values[name] ?? ''), random);
  return { path, query, body: body === undefined ? undefined : JSON.stringify(body) };
}

/** A value of another JSON type than the schema's: a number for text, text for anything else. */
function wrongValueFor(schema: Schema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === undefined) return undefined;
  return type === 'string' ? 12345 : 'not-a-value';
}

/** Text that names something (a team, an email, an id): not a secret, not one of a fixed set. */
function canBeUnknown(schema: Schema): boolean {
  return (
    isStringSchema(schema) && !schema.writeOnly && schema.enum === undefined && schema.const === undefined
  );
}

function isStringSchema(schema: Schema): boolean {
  return schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));
}

/**
 * A value of the same shape as a known one that no server holds: each letter another letter of the
 * same case, each digit another digit, everything else (the @ and dots of an email) kept. So it
 * passes whatever pattern the known one passed, and only the server's records can refuse it.
 */
export function unknownLike(known: string, random: (below: number) => number = randomInt): string {
  const pick = (alphabet: string) => alphabet[random(alphabet.length)] as string;
  const text = known === '' ? 'unknown' : known;
  return text
    .replace(/[a-z]/g, () => pick('abcdefghijklmnopqrstuvwxyz'))
    .replace(/[A-Z]/g, () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ'))
    .replace(/[0-9]/g, () => pick('0123456789'));
}

function propertyOf(shape: RequestShape, name: string): Schema | undefined {
  return shape.body?.properties?.[name] as Schema | undefined;
}

function parameterSchema(shape: RequestShape, location: InputLocation, name: string): Schema | undefined {
  return shape.parameters.find((p) => p.in === location && p.name === name)?.schema as Schema | undefined;
}
