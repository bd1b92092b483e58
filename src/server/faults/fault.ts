import type { AccountBook } from '../auth/accounts';
import type { SessionStore } from '../auth/sessions';
import type { ServerHooks } from '../hooks';
import type { ServerOptions } from '../server-options';

/** What a fault may use of the server it is installed in. */
export interface FaultContext {
  options: ServerOptions;
  sessions: SessionStore;
  accounts: AccountBook;
}

/** One way a server can break the document, small enough to read at a glance, named for what it breaks. */
export interface Fault {
  /** Kebab-case, the same as the file's name. */
  name: string;
  /** One sentence: what this server gets wrong. */
  description: string;
  /** Clause ids this fault must make fail (MUST) or warn (SHOULD). */
  breaks: string[];
  /** Other clause ids that fail (MUST) or warn (SHOULD) too, as a consequence: each one observed. */
  collateral?: string[];
  /** Clause ids whose checks cannot judge this server and say so (skip): each one observed. */
  skips?: string[];
  /**
   * Where the fault shows, when not in every run: the server options it needs (a JSON 429 body, say)
   * and whether only the rate burst meets it. With other options it changes nothing.
   */
  shows?: { server: Partial<ServerOptions>; inBurst?: boolean };
  /** The hooks one server runs with this fault on; called once per server, so any state is its own. */
  install(context: FaultContext): ServerHooks;
}
