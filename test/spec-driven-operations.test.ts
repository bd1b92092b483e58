import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { DEFAULT_SPEC_PATH } from '../src/catalogue/paths';
import type { Outcome } from '../src/model/outcome';
import { checkServers } from './support/check-servers';
import { fullCatalogue } from './support/full-catalogue';
import { writeTemp } from './support/temp-files';

// Every operation of the OpenAPI document generates its checks: a user who documents one more
// endpoint gets it checked, and one who drops an endpoint stops checking it.
interface Document {
  paths: Record<string, Record<string, unknown>>;
}

const asWritten = () => parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8')) as Document;

/** The document with an operation the reference server does not implement. */
function withMadeUpOperation(): string {
  const spec = asWritten();
  spec.paths['/users/me/status'] = {
    get: {
      operationId: 'getMyStatus',
      summary: 'The online status of the user the request is authenticated as.',
      security: [{ bearerToken: [] }],
      responses: {
        '200': {
          description: 'The status.',
          content: { 'application/json': { schema: { type: 'object', required: ['status'] } } },
        },
        '401': { $ref: '#/components/responses/Unauthenticated' },
        '4XX': { $ref: '#/components/responses/Error' },
      },
    },
  };
  return writeTemp('made-up.openapi.yaml', stringify(spec));
}

function withoutGetUserById(): string {
  const spec = asWritten();
  delete spec.paths['/users/{user_id}'];
  // The login's link to it would point nowhere.
  const login = spec.paths['/users/login']?.post as { responses: Record<string, { links?: unknown }> };
  delete login.responses['200']?.links;
  return writeTemp('without-user-by-id.openapi.yaml', stringify(spec));
}

const ids = (specPath?: string) => fullCatalogue(specPath).clauses.map((c) => c.id);
const madeUpPath = withMadeUpOperation();
let madeUp: Outcome[] = [];

beforeAll(async () => {
  [madeUp = []] = await checkServers([
    { server: { rate: 1000 }, specPath: madeUpPath, only: ['op.getMyStatus.'] },
  ]);
}, 120_000);

test('an operation added to the document adds its generated clauses, in the document order', () => {
  const added = ids(madeUpPath).filter((id) => !ids().includes(id));
  expect(added).toEqual([
    'op.getMyStatus.status_code_conformance',
    'op.getMyStatus.response_schema_conformance',
    'op.getMyStatus.ignored_auth',
  ]);
});

test('an operation removed from the document takes its clauses with it, and only them', () => {
  const removed = ids().filter((id) => !ids(withoutGetUserById()).includes(id));
  expect(removed.length).toBeGreaterThan(0);
  expect(removed.every((id) => id.startsWith('op.getUserById.'))).toBe(true);
});

test('a server without the added operation fails its documented success, naming the request sent', () => {
  const status = madeUp.find((o) => o.id === 'op.getMyStatus.status_code_conformance');
  expect(status?.status).toBe('fail');
  expect(status?.violations[0]).toMatchObject({
    expected: 'GET /api/v1/users/me/status, sent as the document describes it, answers 200',
    actual: expect.stringMatching(/^404 /),
  });
});
