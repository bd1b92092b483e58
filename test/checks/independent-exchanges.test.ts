import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import type { Contract } from '../../src/contract/contract';
import { loadContract } from '../../src/contract/load-contract';
import { HttpClient } from '../../src/http/client';
import { Redactor } from '../../src/http/redactor';
import type { Catalogue } from '../../src/model/clause';
import { Pacer } from '../../src/ratelimit/pacer';
import type { SuiteRunConfig } from '../../src/runner/run-config-file';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';
import { startIndependentExchanges, successExchange } from '../../suites/support/operation-request';
import { SuiteContext } from '../../suites/support/suite-context';

// The op suite starts the success exchanges of the operations that change nothing together, while
// the allowance covers them: each a fresh login, then the request that presents it.

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract(DEFAULT_SPEC_PATH);
});

async function exchangesAgainst(rate: number): Promise<string[]> {
  const server: RunningServer = await startServer({ port: 0, rate });
  const pacer = new Pacer(contract.headers);
  const client = new HttpClient({
    origin: server.url,
    timeoutMs: 5000,
    insecure: false,
    redactor: new Redactor(),
    pacer,
  });
  const config = { target: server.url, ...DEMO_ACCOUNT, timeoutMs: 5000 } as unknown as SuiteRunConfig;
  const context = new SuiteContext('op', config, contract, {} as Catalogue, client, pacer);
  try {
    // The allowance last advertised is what the start reads: one answer first.
    await context.me({});
    const ids = contract.operations.map((o) => o.operationId);
    startIndependentExchanges(context, ids);
    for (const operation of contract.operations.filter((o) => o.operationId !== 'logout'))
      await successExchange(context, operation);
    return client.transcript.slice(1).map((e) => `${e.request.method} ${new URL(e.request.url).pathname}`);
  } finally {
    await client.close();
    await server.close();
  }
}

test('where the allowance covers them, every login goes before any request that presents one', async () => {
  const lines = await exchangesAgainst(1000);
  const login = 'POST /api/v1/users/login';
  const lastLogin = lines.lastIndexOf(login);
  const firstGet = lines.findIndex((l) => l.startsWith('GET '));
  expect(lines.filter((l) => l === login)).toHaveLength(3);
  expect(lastLogin).toBeLessThan(firstGet);
  // The logout ends a session: its exchange waits for its own check.
  expect(lines.some((l) => l.includes('logout'))).toBe(false);
});

test('where it does not (a tenth of Limit 10 is one request), each exchange waits for its check', async () => {
  const lines = await exchangesAgainst(10);
  expect(lines).toEqual([
    'POST /api/v1/users/login',
    'POST /api/v1/users/login',
    'GET /api/v1/users/me',
    'POST /api/v1/users/login',
    expect.stringMatching(/^GET \/api\/v1\/users\/\w+$/),
  ]);
});
