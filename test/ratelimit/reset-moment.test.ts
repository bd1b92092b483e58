import { readReset, readResetBounds, resetForm } from '../../src/ratelimit/reset-moment';

const NOW = Date.UTC(2015, 8, 11, 13, 21, 14);

describe('the two readings of X-Ratelimit-Reset', () => {
  test("the examples' 1 is seconds left", () => {
    expect(readReset(1, NOW)).toEqual({ form: 'seconds-left', atMs: NOW + 1000 });
  });

  test("the table's 1441983590 is epoch seconds, read against the server's Date", () => {
    const date = 1441983589_000;
    expect(readReset(1441983590, NOW, date)).toEqual({ form: 'epoch', atMs: 1441983590_000 - (date - NOW) });
  });

  test('epoch milliseconds fit neither', () => {
    expect(readReset(NOW + 1000, NOW)).toBeUndefined();
    expect(resetForm(NOW + 1000, NOW)).toBeUndefined();
  });

  test('epoch seconds more than a day from the server clock fit neither', () => {
    expect(resetForm(Math.floor(NOW / 1000) + 2 * 86_400, NOW)).toBeUndefined();
  });
});

describe('the moment a Reset names, as a range', () => {
  test('seconds left count from between our send and our receipt', () => {
    expect(readResetBounds(2, { sentAtMs: NOW, receivedAtMs: NOW + 30 })).toEqual({
      form: 'seconds-left',
      earliestMs: NOW + 2000,
      latestMs: NOW + 2030,
    });
  });

  test('epoch seconds move onto our clock by the skew range', () => {
    const value = Math.floor(NOW / 1000) + 1;
    expect(
      readResetBounds(value, { sentAtMs: NOW, receivedAtMs: NOW + 1 }, { lowMs: -200, highMs: 300 }),
    ).toEqual({
      form: 'epoch',
      earliestMs: value * 1000 - 300,
      latestMs: value * 1000 + 200,
    });
  });

  test('epoch seconds without any Date take the clocks as equal', () => {
    const value = Math.floor(NOW / 1000) + 1;
    expect(readResetBounds(value, { sentAtMs: NOW, receivedAtMs: NOW + 1 })).toMatchObject({
      earliestMs: value * 1000,
      latestMs: value * 1000,
    });
  });
});
