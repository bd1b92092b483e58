import type { OpenAPIV3_1 } from 'openapi-types';
import {
  faultyRequest,
  inputClasses,
  type RequestShape,
  unknownLike,
} from '../../src/contract/input-classes';

const login: RequestShape = {
  parameters: [],
  body: {
    type: 'object',
    required: ['name', 'email', 'password'],
    properties: {
      name: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string', writeOnly: true },
    },
  },
};
const good = {
  path: {},
  query: {},
  body: { name: 'exampleteam', email: 'someone@nowhere.com', password: 'secret' },
};
/** Always the first letter or digit: "unknown" values are predictable in a test. */
const first = () => 0;

test('login: body not JSON, each field missing, each of the wrong type, each non-secret unknown', () => {
  expect(inputClasses(login).map((c) => c.id)).toEqual([
    'body-not-json',
    'missing-name',
    'wrong-type-name',
    'unknown-name',
    'missing-email',
    'wrong-type-email',
    'unknown-email',
    'missing-password',
    'wrong-type-password',
  ]);
});

test('each class changes only what it names, and the body that is not JSON carries no password', () => {
  const requests = Object.fromEntries(
    inputClasses(login).map((c) => [c.id, faultyRequest(c, good, login, first).body]),
  );
  expect(requests).toEqual({
    'body-not-json': '{"name":"exampleteam","email":"someone@nowhere.com",',
    'missing-name': '{"email":"someone@nowhere.com","password":"secret"}',
    'wrong-type-name': '{"name":12345,"email":"someone@nowhere.com","password":"secret"}',
    'unknown-name': '{"name":"aaaaaaaaaaa","email":"someone@nowhere.com","password":"secret"}',
    'missing-email': '{"name":"exampleteam","password":"secret"}',
    'wrong-type-email': '{"name":"exampleteam","email":12345,"password":"secret"}',
    'unknown-email': '{"name":"exampleteam","email":"aaaaaaa@aaaaaaa.aaa","password":"secret"}',
    'missing-password': '{"name":"exampleteam","email":"someone@nowhere.com"}',
    'wrong-type-password': '{"name":"exampleteam","email":"someone@nowhere.com","password":12345}',
  });
});

test('a string path parameter can only be unknown; an integer one can also be of the wrong type', () => {
  const parameters: OpenAPIV3_1.ParameterObject[] = [
    { name: 'user_id', in: 'path', required: true, schema: { type: 'string' } },
    { name: 'page', in: 'query', required: true, schema: { type: 'integer' } },
  ];
  const shape = { parameters };
  expect(inputClasses(shape).map((c) => c.id)).toEqual([
    'unknown-user_id',
    'missing-page',
    'wrong-type-page',
  ]);
  const values = { path: { user_id: 'ab12CD' }, query: { page: '1' } };
  const [unknown, missing, wrongType] = inputClasses(shape).map((c) =>
    faultyRequest(c, values, shape, first),
  );
  expect(unknown).toEqual({ path: { user_id: 'aa00AA' }, query: { page: '1' }, body: undefined });
  expect(missing?.query).toEqual({});
  expect(wrongType?.query).toEqual({ page: 'not-a-value' });
});

test('an operation without body or parameters has no input class', () => {
  expect(inputClasses({ parameters: [] })).toEqual([]);
});

test('an unknown value keeps the shape of the known one', () => {
  const made = unknownLike('someone@nowhere.com');
  expect(made).toMatch(/^[a-z]{7}@[a-z]{7}\.[a-z]{3}$/);
});
