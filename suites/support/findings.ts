import type { Exchange } from '../../src/model/exchange';
import type { Violation } from '../../src/model/outcome';

/**
 * What one check finds in the target's responses. A check collects every violation before it
 * ends (not just the first), attaches the exchanges that show them, and may note an observation.
 */
export class Findings {
  readonly violations: Violation[] = [];
  readonly evidence: Exchange[] = [];
  private readonly notes: string[] = [];

  /** Records a broken promise; `exchange` is the request and response that showed it. */
  violation(expected: string, actual: string, exchange?: Exchange): void {
    this.violations.push({ expected, actual, exchange: exchange ? this.attach(exchange) : undefined });
  }

  /** Checks a condition and records a violation when it does not hold. */
  expect(holds: boolean, expected: string, actual: string, exchange?: Exchange): boolean {
    if (!holds) this.violation(expected, actual, exchange);
    return holds;
  }

  /** Says what the target did, for the report (which reading it chose, what it counted). */
  note(text: string): void {
    this.notes.push(text);
  }

  get noteText(): string | undefined {
    return this.notes.length > 0 ? this.notes.join(' ') : undefined;
  }

  /** Keeps an exchange as evidence once, and returns its index. */
  attach(exchange: Exchange): number {
    const index = this.evidence.indexOf(exchange);
    if (index >= 0) return index;
    this.evidence.push(exchange);
    return this.evidence.length - 1;
  }
}
