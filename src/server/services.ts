import type { AccountBook } from './auth/accounts';
import type { SessionStore } from './auth/sessions';
import type { Authenticate } from './hooks';
import type { ServerRequest } from './request';
import type { ServerResponse } from './response';

/** What the handlers of one server share. */
export interface Services {
  accounts: AccountBook;
  sessions: SessionStore;
  authenticate: Authenticate;
}

export type Handler = (request: ServerRequest, services: Services) => ServerResponse;
