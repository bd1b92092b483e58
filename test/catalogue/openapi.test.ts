import { readFileSync } from 'node:fs';
import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import { loadContract } from '../../src/contract/load-contract';
import { readSpec } from '../../src/contract/read-spec';
import { SpecError } from '../../src/contract/spec-error';
import { writeTemp } from '../support/temp-files';

describe('the OpenAPI document', () => {
  test('validates as OpenAPI 3.1 with a real validator', async () => {
    const spec = await readSpec(DEFAULT_SPEC_PATH);
    expect(spec.openapi).toBe('3.1.0');
  });

  test("a broken document is refused with the validator's reason", async () => {
    const broken = readFileSync(DEFAULT_SPEC_PATH, 'utf8').replace(
      'operationId: getMe',
      'operationId: [getMe]',
    );
    await expect(readSpec(writeTemp('spec.yaml', broken))).rejects.toThrow(SpecError);
  });

  test('a JSON Schema that JSON Schema 2020-12 rejects is refused, with where it sits', async () => {
    const spec = readFileSync(DEFAULT_SPEC_PATH, 'utf8');
    const badType = spec.replace(/(\n {4}Error:\n {6}type:) object/, '$1 obejct');
    expect(badType).not.toBe(spec);
    await expect(readSpec(writeTemp('spec.yaml', badType))).rejects.toThrow(
      /invalid JSON Schema at \/components\/schemas\/Error: data\/type must be/,
    );
  });

  test('an OpenAPI 3.0 document is refused', async () => {
    const older = readFileSync(DEFAULT_SPEC_PATH, 'utf8').replace('openapi: 3.1.0', 'openapi: 3.0.3');
    await expect(readSpec(writeTemp('spec.yaml', older))).rejects.toThrow(SpecError);
  });

  test('a file that is not YAML is refused in one line', async () => {
    await expect(readSpec(writeTemp('spec.yaml', 'openapi: [3.1'))).rejects.toThrow(
      /^cannot read the OpenAPI document [^\n]*$/,
    );
  });

  test('gives the suites the documented operations, names and schemas', async () => {
    const contract = await loadContract(DEFAULT_SPEC_PATH);
    expect(contract.basePath).toBe('/api/v1');
    expect(contract.login).toMatchObject({ method: 'POST', path: '/api/v1/users/login', successStatus: 200 });
    expect(contract.login.fields).toEqual({ team: 'name', email: 'email', password: 'password' });
    expect(contract.me).toMatchObject({
      method: 'GET',
      path: '/api/v1/users/me',
      unauthenticatedStatus: 401,
    });
    expect(contract.headers.token).toBe('Token');
    expect(contract.sessionCookie.name).toBe('MMSID');
    expect(contract.bearer.scheme).toBe('Bearer');
    expect(contract.limitExceeded).toEqual({ status: 429, textBody: 'limit exceeded' });
  });

  test('the error schema requires the four documented fields with their types', async () => {
    const { validateError } = await loadContract(DEFAULT_SPEC_PATH);
    const body = { message: 'm', detailed_error: '', request_id: 'r', status_code: 401 };
    expect(validateError(body)).toBe(true);
    expect(validateError({ ...body, is_oauth: false })).toBe(true);
    expect(validateError({ ...body, status_code: '401' })).toBe(false);
    const { detailed_error: _dropped, ...missing } = body;
    expect(validateError(missing)).toBe(false);
  });

  test('the User schema allows an empty password and extra fields, and refuses a password', async () => {
    const { validateUser } = await loadContract(DEFAULT_SPEC_PATH);
    expect(validateUser({ id: 'x', email: 'a@b', password: '', roles: 'system_admin' })).toBe(true);
    expect(validateUser({ id: 'x', email: 'a@b', password: 'secret' })).toBe(false);
    expect(validateUser({ id: 'x' })).toBe(false);
  });
});
