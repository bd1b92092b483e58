import type { Clock } from '../clock';
import { randomId } from '../random-id';
import type { ServerOptions } from '../server-options';

/** How long a session lasts: the Max-Age of the document's MMSID cookie, 30 days. */
export const SESSION_MAX_AGE_SECONDS = 2_592_000;

interface Session {
  userId: string;
  expiresAtMs: number;
}

/** The session tokens the server has issued, each tied to a user until it expires. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly clock: Clock,
    private readonly logoutEnds: ServerOptions['logoutEnds'] = 'its-session',
  ) {}

  issue(userId: string): string {
    const token = randomId();
    this.sessions.set(token, { userId, expiresAtMs: this.clock.now() + SESSION_MAX_AGE_SECONDS * 1000 });
    return token;
  }

  /** The user a token belongs to, or undefined when the server never issued it or it expired. */
  userIdOf(token: string | undefined): string | undefined {
    if (token === undefined) return undefined;
    const session = this.sessions.get(token);
    if (!session) return undefined;
    if (session.expiresAtMs <= this.clock.now()) {
      this.sessions.delete(token);
      return undefined;
    }
    return session.userId;
  }

  /** Ends a session: its token authenticates nothing from now on. */
  end(token: string): void {
    this.sessions.delete(token);
  }

  /** Ends what a logout presenting this token ends: its session, or every session of its user. */
  logOut(token: string): void {
    const userId = this.sessions.get(token)?.userId;
    if (this.logoutEnds === 'its-session' || userId === undefined) {
      this.end(token);
      return;
    }
    for (const [other, session] of this.sessions) if (session.userId === userId) this.sessions.delete(other);
  }
}
