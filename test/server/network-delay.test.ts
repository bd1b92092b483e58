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

describe('on a stepped clock', () => {
  beforeEach(() => jest.useFakeTimers({ now: 0 }));
  afterEach(() => jest.useRealTimers());

  test('half the round trip passes before a request is seen, half before its answer leaves', async () => {
    const network = networkDelay(80, 0);
    let arrived = false;
    let departed = false;
    void network.arrive({}).then(() => {
      arrived = true;
    });
    await jest.advanceTimersByTimeAsync(39);
    expect(arrived).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(arrived).toBe(true);
    void network.depart().then(() => {
      departed = true;
    });
    await jest.advanceTimersByTimeAsync(39);
    expect(departed).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(departed).toBe(true);
  });
});

test('the reference server answers through its simulated network', async () => {
  const server = await startServer({ port: 0, latencyMs: 20, jitterMs: 5 });
  try {
    const response = await fetch(`${server.url}/api/v1/users/me`);
    expect(response.status).toBe(401);
  } finally {
    await server.close();
  }
});
