import { networkDelay } from '../../src/server/network-delay';
import { startServer } from '../../src/server/start-server';

test('requests on one connection arrive in the order they were sent, whatever the jitter', async () => {
  const draws = [0.9, 0.0, 0.5, 0.1];
  const network = networkDelay(20, 40, () => draws.shift() ?? 0);
  const connection = {};
  const order: number[] = [];
  await Promise.all([0, 1, 2, 3].map((n) => network.arrive(connection).then(() => order.push(n))));
  expect(order).toEqual([0, 1, 2, 3]);
});

test('a round trip to the reference server takes at least its latency', async () => {
  const server = await startServer({ port: 0, latencyMs: 80 });
  try {
    const started = Date.now();
    const response = await fetch(`${server.url}/api/v1/users/me`);
    const elapsed = Date.now() - started;
    expect(response.status).toBe(401);
    expect(elapsed).toBeGreaterThanOrEqual(78);
  } finally {
    await server.close();
  }
});
