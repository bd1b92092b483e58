import type { Contract } from '../../src/contract/contract';
import { isPlainObject, readJsonBody } from '../../src/http/json-body';
import { describeSchemaErrors } from './schema-errors';

/** A body that the spec's User schema accepts and that names an email. */
export type UserObject = Record<string, unknown>;

/** The parts of the contract that recognise a User object. */
export type UserContract = Pick<Contract, 'validateUser' | 'login'>;

/** A body read as a User object: the user, or what the body is instead. */
export type UserReading = KnownUser | { user?: undefined; why: string };

/** A body read as a User object, and the email it names. */
export interface KnownUser {
  user: UserObject;
  email: string;
}

/**
 * Reads a response body as a User object: JSON, an object, accepted by the spec's User schema,
 * with an email. The User object names its email and password fields as the login body does.
 * Schema errors on the password field are left out here: a User object that carries the password
 * is still a User object, and auth.no-password-in-user is the clause that judges the password.
 */
export function readUser(text: string, contract: UserContract): UserReading {
  const body = readJsonBody(text);
  if (body.kind === 'empty') return { why: 'an empty body' };
  if (body.kind === 'not-json') return { why: 'a body that is not JSON' };
  if (!isPlainObject(body.value)) return { why: `JSON ${jsonKind(body.value)}, not an object` };
  const passwordPath = `/${contract.login.fields.password}`;
  const errors = contract.validateUser(body.value)
    ? []
    : (contract.validateUser.errors ?? []).filter(
        (e) => e.instancePath !== passwordPath && !e.instancePath.startsWith(`${passwordPath}/`),
      );
  if (errors.length > 0)
    return { why: `a JSON object that is not a User object (${describeSchemaErrors(errors).join('; ')})` };
  const email = body.value[contract.login.fields.email];
  if (typeof email !== 'string' || email === '') return { why: 'a JSON object with no email' };
  return { user: body.value, email };
}

/** Whether a reading is a User object for `email` (emails compare case-insensitively). */
export function isUserFor(reading: UserReading, email: string): boolean {
  return reading.user !== undefined && reading.email.toLowerCase() === email.toLowerCase();
}

/**
 * Whether two User objects are the same user: by `id` when both carry one, else by email,
 * case-insensitively.
 */
export function sameUser(a: UserReading, b: UserReading): boolean {
  if (!a.user || !b.user) return false;
  const idA = a.user.id;
  const idB = b.user.id;
  if (typeof idA === 'string' && idA !== '' && typeof idB === 'string' && idB !== '') return idA === idB;
  return a.email.toLowerCase() === b.email.toLowerCase();
}

/** "a User object for someone@nowhere.com", or what the body is instead. */
export function describeReading(reading: UserReading): string {
  return reading.user ? `a User object for ${reading.email}` : reading.why;
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
