import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import type { Contract } from '../../src/contract/contract';
import { loadContract } from '../../src/contract/load-contract';
import { describeReading, isUserFor, readUser, sameUser } from '../../suites/support/user-object';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract(DEFAULT_SPEC_PATH);
});

const read = (body: unknown) => readUser(typeof body === 'string' ? body : JSON.stringify(body), contract);

describe('readUser', () => {
  test('a User object as Mattermost sends it: many fields, an empty password', () => {
    const reading = read({ id: 'abc', email: 'Someone@Nowhere.com', password: '', roles: '', props: {} });
    expect(reading.user).toBeDefined();
    expect(describeReading(reading)).toBe('a User object for Someone@Nowhere.com');
  });

  test('a User object that carries the password is still a User object (its password is judged apart)', () => {
    expect(read({ email: 'someone@nowhere.com', password: 'thisisabadpassword' }).user).toBeDefined();
  });

  test.each([
    ['', 'an empty body'],
    ['   ', 'an empty body'],
    ['<html>Page not fo', 'a body that is not JSON'],
    ['[]', 'JSON array, not an object'],
    ['null', 'JSON null, not an object'],
    ['"someone@nowhere.com"', 'JSON string, not an object'],
  ])('%p is not a User object: %s', (body, why) => {
    expect(describeReading(read(body))).toBe(why);
  });

  test('an object the User schema refuses names the schema errors', () => {
    expect(describeReading(read({ id: 'abc' }))).toContain("must have required property 'email'");
    expect(describeReading(read({ email: 42 }))).toContain('/email must be string');
  });

  test('an error body is not a User object', () => {
    expect(
      read({ message: 'x', detailed_error: '', request_id: 'r', status_code: 401 }).user,
    ).toBeUndefined();
  });

  test('an empty email identifies no one', () => {
    expect(describeReading(read({ email: '' }))).toBe('a JSON object with no email');
  });
});

describe('isUserFor', () => {
  test('emails compare case-insensitively', () => {
    expect(isUserFor(read({ email: 'SomeOne@NoWhere.com' }), 'someone@nowhere.com')).toBe(true);
    expect(isUserFor(read({ email: 'other@nowhere.com' }), 'someone@nowhere.com')).toBe(false);
    expect(isUserFor(read(''), 'someone@nowhere.com')).toBe(false);
  });
});

describe('sameUser', () => {
  test('by id when both carry one', () => {
    expect(sameUser(read({ id: 'a', email: 'x@y.z' }), read({ id: 'a', email: 'other@y.z' }))).toBe(true);
    expect(sameUser(read({ id: 'a', email: 'x@y.z' }), read({ id: 'b', email: 'x@y.z' }))).toBe(false);
  });

  test('by email, case-insensitively, when either lacks an id', () => {
    expect(sameUser(read({ id: 'a', email: 'X@Y.z' }), read({ email: 'x@y.z' }))).toBe(true);
    expect(sameUser(read({ id: '', email: 'x@y.z' }), read({ id: 'b', email: 'x@y.z' }))).toBe(true);
    expect(sameUser(read({ email: 'x@y.z' }), read({ email: 'w@y.z' }))).toBe(false);
  });

  test('nothing is the same user as a body that is no User object', () => {
    expect(sameUser(read(''), read({ email: 'x@y.z' }))).toBe(false);
  });
});
