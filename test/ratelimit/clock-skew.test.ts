import { estimateSkew } from '../../src/ratelimit/clock-skew';

const second = (ms: number) => Math.floor(ms / 1000) * 1000;

test('one dated response pins the skew within its second and its round trip', () => {
  // Our clock 10_000.400; the server stamped 10 s: it is between 0.4 s behind and 0.6 s ahead.
  expect(estimateSkew([{ sentAtMs: 10_390, receivedAtMs: 10_400, dateMs: 10_000 }])).toEqual({
    lowMs: -400,
    highMs: 610,
  });
});

test('responses on either side of a second boundary narrow it', () => {
  const serverAhead = 250;
  const timings = [990, 1010, 1740, 1760].map((at) => ({
    sentAtMs: at,
    receivedAtMs: at + 2,
    dateMs: second(at + 1 + serverAhead),
  }));
  const skew = estimateSkew(timings);
  expect(skew?.lowMs).toBeLessThanOrEqual(serverAhead);
  expect(skew?.highMs).toBeGreaterThanOrEqual(serverAhead);
  expect((skew?.highMs ?? 0) - (skew?.lowMs ?? 0)).toBeLessThan(50);
});

test('without a Date there is no estimate', () => {
  expect(estimateSkew([{ sentAtMs: 1, receivedAtMs: 2 }])).toBeUndefined();
});

test('ranges that disagree (a Date rounded, not truncated) are all kept', () => {
  const skew = estimateSkew([
    { sentAtMs: 1_000, receivedAtMs: 1_001, dateMs: 3_000 },
    { sentAtMs: 1_002, receivedAtMs: 1_003, dateMs: 0 },
  ]);
  expect(skew).toEqual({ lowMs: -1_003, highMs: 3_000 });
});
