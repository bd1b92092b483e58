import type { Contract } from '../../src/contract/contract';
import { isPlainObject, readJsonBody } from '../../src/http/json-body';
import type { Exchange } from '../../src/model/exchange';
import type { LedgerEntry, PresentedVia } from '../../src/model/ledger';

/**
 * A suite's part of the run's ledger: which of the suite's own sessions each request presented,
 * which login opened one and which logout ended one, kept beside the client's transcript by the
 * exchange's identity. Tokens stay in this object: the ledger names a session "auth#1".
 */
export class SuiteLedger {
  private readonly sessions = new Map<string, string>();
  private readonly presented = new WeakMap<Exchange, { session: string; via: PresentedVia }[]>();
  private readonly opened = new WeakMap<Exchange, string>();

  constructor(
    private readonly suite: string,
    private readonly contract: Pick<Contract, 'bearer' | 'sessionCookie' | 'logout'>,
  ) {}

  /** A good login's token opens a session of the suite (a token seen before keeps its name). */
  open(token: string, exchange: Exchange): void {
    let name = this.sessions.get(token);
    if (!name) {
      name = `${this.suite}#${this.sessions.size + 1}`;
      this.sessions.set(token, name);
    }
    this.opened.set(exchange, name);
  }

  /** Notes which of the suite's sessions a request presented, from the headers it was sent with. */
  present(headers: Record<string, string> | undefined, exchange: Exchange): void {
    const found = this.sessionsIn(headers);
    if (found.length > 0) this.presented.set(exchange, found);
  }

  /** Whether a request would end one of the suite's sessions: a logout presenting its token. */
  wouldEnd(method: string, path: string, headers: Record<string, string> | undefined): boolean {
    return this.isLogout(method, path) && this.sessionsIn(headers).length > 0;
  }

  /** Which of the suite's sessions these request headers present. */
  private sessionsIn(headers: Record<string, string> | undefined): { session: string; via: PresentedVia }[] {
    const found: { session: string; via: PresentedVia }[] = [];
    for (const [name, value] of Object.entries(headers ?? {})) {
      const header = name.toLowerCase();
      if (header === 'authorization') {
        const [scheme, token] = value.trim().split(/\s+/, 2);
        const session = token && this.sessions.get(token);
        if (session && scheme?.toLowerCase() === this.contract.bearer.scheme.toLowerCase())
          found.push({ session, via: 'bearer' });
      } else if (header === 'cookie') {
        for (const pair of value.split(';')) {
          const [cookie, ...rest] = pair.trim().split('=');
          const session = this.sessions.get(rest.join('='));
          if (session && cookie === this.contract.sessionCookie.name) found.push({ session, via: 'cookie' });
        }
      }
    }
    return found;
  }

  /** The ledger's lines for the suite's transcript, in the order sent. */
  entries(transcript: readonly Exchange[]): LedgerEntry[] {
    return transcript.map((exchange) => {
      const sentAtMs = Date.parse(exchange.startedAt);
      const path = pathOf(exchange.request.url);
      const presents = this.presented.get(exchange);
      const status = exchange.response?.status;
      const body = exchange.response ? readJsonBody(exchange.response.body) : undefined;
      const jsonObject = body?.kind === 'json' && isPlainObject(body.value);
      const isLogout = this.isLogout(exchange.request.method, path);
      const entry: LedgerEntry = {
        suite: this.suite,
        method: exchange.request.method,
        path,
        sentAtMs,
        receivedAtMs: sentAtMs + exchange.durationMs,
        ...(status === undefined ? {} : { status }),
        ...(presents ? { presents } : {}),
        ...(this.opened.has(exchange) ? { opens: this.opened.get(exchange) } : {}),
        ...(isLogout && presents?.[0] ? { ends: presents[0].session } : {}),
        ...(jsonObject ? { jsonObject } : {}),
      };
      // What a judge reads or shows: JSON object bodies (error bodies, User objects) and refusals.
      if (jsonObject || (status !== undefined && status >= 400 && presents)) entry.exchange = exchange;
      return entry;
    });
  }

  /** Whether a request goes to the document's logout: its path as sent may carry the target's prefix. */
  private isLogout(method: string, path: string): boolean {
    const { logout } = this.contract;
    return logout !== undefined && method === logout.method && path.endsWith(logout.path);
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
