import { createHash, timingSafeEqual } from 'node:crypto';
import type { User } from './user';

export interface Account {
  team: string;
  email: string;
  password: string;
  user: User;
}

/** What a login body names: the team, the email and the password. */
export interface LoginFields {
  name: string;
  email: string;
  password: string;
}

export type LoginOutcome =
  | { kind: 'ok'; user: User }
  | { kind: 'unknown-team' }
  | { kind: 'unknown-email' }
  | { kind: 'wrong-password' }
  | { kind: 'locked' };

/**
 * The accounts the server knows, and how many wrong passwords each has had in a row: after
 * `lockoutAfter` of them the account is locked (as Mattermost does); a good login clears the count.
 */
export class AccountBook {
  private readonly failures = new Map<string, number>();

  constructor(
    private readonly accounts: readonly Account[],
    private readonly lockoutAfter: number,
  ) {}

  logIn(attempt: LoginFields): LoginOutcome {
    if (!this.accounts.some((a) => a.team === attempt.name)) return { kind: 'unknown-team' };
    const account = this.accounts.find(
      (a) => a.team === attempt.name && a.email.toLowerCase() === attempt.email.toLowerCase(),
    );
    if (!account) return { kind: 'unknown-email' };
    const failed = this.failures.get(account.user.id) ?? 0;
    if (failed >= this.lockoutAfter) return { kind: 'locked' };
    if (!samePassword(attempt.password, account.password)) {
      this.failures.set(account.user.id, failed + 1);
      return { kind: 'wrong-password' };
    }
    this.failures.delete(account.user.id);
    return { kind: 'ok', user: account.user };
  }

  userById(id: string): User | undefined {
    return this.accounts.find((a) => a.user.id === id)?.user;
  }
}

// Comparing digests of equal length in constant time keeps the comparison from leaking the password.
function samePassword(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
