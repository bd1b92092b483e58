import { DEFAULT_SPEC_PATH } from '../../src/catalogue/paths';
import { preflight } from '../../src/cli/preflight';
import { loadContract } from '../../src/contract/load-contract';
import { Pacer } from '../../src/ratelimit/pacer';
import { DEMO_ACCOUNT, type RunningServer, startServer } from '../../src/server';

let server: RunningServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

test("the preflight's answers are the pacer's first: the window its first request opened is known", async () => {
  server = await startServer({ port: 0, rate: 10 });
  const contract = await loadContract(DEFAULT_SPEC_PATH);
  const pacer = new Pacer(contract.headers);
  const before = Date.now();
  const sent = await preflight(server.url, contract, DEMO_ACCOUNT, {
    timeoutMs: 5000,
    insecure: false,
    pacer,
  });
  const after = Date.now();
  expect(sent).toBe(3);
  // A window of one second opened by the first request: Reset 1 on each of its answers.
  expect(pacer.earliestResetAtMs()).toBeGreaterThanOrEqual(before + 1000);
  expect(pacer.earliestResetAtMs()).toBeLessThanOrEqual(after + 1000);
});
