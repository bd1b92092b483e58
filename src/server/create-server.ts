import http from 'node:http';
import { AccountBook } from './auth/accounts';
import { DEMO_USER } from './auth/demo-user';
import { SessionStore } from './auth/sessions';
import { SYSTEM_CLOCK } from './clock';
import { faultByName } from './faults';
import { handleRequest } from './handle-request';
import { type Authenticate, composeHooks } from './hooks';
import { resolveOptions } from './resolve-options';
import { DEMO_ACCOUNT, type ServerOptions } from './server-options';

/**
 * The reference server: the documented contract, and the faults named in `options.faults` turned
 * on. It is not listening yet (supertest, or startServer, does that).
 */
export function createReferenceServer(overrides: Partial<ServerOptions> = {}): http.Server {
  const options = resolveOptions(overrides);
  const clock = options.clock ?? SYSTEM_CLOCK;
  const sessions = new SessionStore(clock, options.logoutEnds);
  const accounts = new AccountBook([{ ...DEMO_ACCOUNT, user: DEMO_USER }], options.lockoutAfter);
  const hooks = composeHooks(
    options.faults.map((name) => faultByName(name).install({ options, sessions, accounts })),
  );
  const sessionUser: Authenticate = (tokens) => {
    const userId = sessions.userIdOf(tokens.bearer ?? tokens.cookie);
    return userId === undefined ? undefined : accounts.userById(userId);
  };
  const services = { accounts, sessions, authenticate: hooks.authenticate(sessionUser) };
  const handle = handleRequest(options, hooks, services, clock);
  return http.createServer((incoming, outgoing) => {
    // What fails here is the connection (the client went away mid-body): nobody is left to answer.
    handle(incoming, outgoing).catch(() => outgoing.destroy());
  });
}
