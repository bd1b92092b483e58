import type { Clock } from '../../../src/server';

/** A clock that stands still until a test moves it: the date of the document's login example. */
export class SteppingClock implements Clock {
  constructor(private ms = Date.UTC(2015, 8, 11, 13, 21, 14)) {}

  now(): number {
    return this.ms;
  }

  advance(ms: number): void {
    this.ms += ms;
  }
}
