import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { appError, NOT_FOUND_PAGE, newId, userObject } from './bodies';
import { type LimitDecision, PerConnectionLimiter } from './limiter';

/** The one account: the document's team and email, with a password of its own. */
export const MATTERMOST_1X_ACCOUNT = {
  team: 'exampleteam',
  email: 'someone@nowhere.com',
  password: 'Pw-1x-kT7qz9!',
} as const;

export const MATTERMOST_1X_LIMIT = 10;

const API = '/api/v1';
const LOGIN_PATH = `${API}/users/login`;
const ME_PATH = `${API}/users/me`;
const LOGOUT_PATH = `${API}/users/logout`;
/** GET /users/{id}: the router's pattern for an id; /users/me, /login and /logout are matched first. */
const USER_BY_ID_PATH = /^\/api\/v1\/users\/([A-Za-z0-9]+)$/;
const VERSION = '1.0.0.abcdef';
const MAX_BODY_BYTES = 64 * 1024;

/** What the server saw and did, for tests to assert on. */
export interface Mattermost1xCounts {
  requests: number;
  /** Logins for the right team and email with another password. */
  wrongPasswords: number;
  /** 429 answers. */
  limitExceeded: number;
  /** Distinct TCP connections that sent a request. */
  connections: number;
}

export interface Mattermost1xServer {
  url: string;
  /** Every session token handed out, in order. */
  issuedTokens: readonly string[];
  counts: Readonly<Mattermost1xCounts>;
  close(): Promise<void>;
}

type Headers = Record<string, string | string[]>;

/**
 * A stand-in for a Mattermost 1.x release, for tests: it answers in every shape that such a
 * release is known to answer (see "What real servers do" in the design), and otherwise keeps the
 * API v1 overview.
 * - login answers 200 with a Token, two Set-Cookie headers (MMSID and MMTEAMID), a User object
 *   of many fields with `"password": ""`, `Content-Type: application/json` without a charset;
 * - a wrong password, malformed JSON and missing fields all answer 403; every error body carries
 *   an extra `is_oauth: false`;
 * - an unknown team answers 500 with database text in detailed_error;
 * - /users/me without credentials answers 200 with an empty body; with a token it never issued,
 *   401 with that token echoed in detailed_error; the token is read from `Authorization: Bearer`
 *   or the MMSID cookie (never from `Authentication`);
 * - a wrong method on a documented path answers 405 with the JSON error body;
 * - POST /users/logout and GET /users/{id} need a session (401 with the error body without one);
 *   logout answers 200 with `{"user_id": …}` and expires the MMSID cookie; a user id other than
 *   the session's own answers 403 (no permission to that user), whether or not it exists;
 * - any other path answers the web app's HTML page, 404, without X-Request-Id, its body cut short
 *   (Content-Length promises more than is sent before the connection is closed);
 * - a limiter keyed by address and port (one allowance per TCP connection), fixed one-second
 *   windows, Limit 10, Reset in seconds left; a denial is a 429 with Retry-After: 1 and the
 *   text/plain body `limit exceeded`. API answers spell the headers X-Ratelimit-*, the limiter's
 *   own answers and the web app's page X-RateLimit-*.
 */
export async function startMattermost1xServer(): Promise<Mattermost1xServer> {
  const userId = newId();
  const teamId = newId();
  const sessions = new Set<string>();
  const issuedTokens: string[] = [];
  const counts: Mattermost1xCounts = { requests: 0, wrongPasswords: 0, limitExceeded: 0, connections: 0 };
  const limiter = new PerConnectionLimiter(MATTERMOST_1X_LIMIT);
  const user = () => userObject({ id: userId, teamId, email: MATTERMOST_1X_ACCOUNT.email });

  const server = http.createServer((req, res) => {
    counts.requests++;
    const decision = limiter.take(`${req.socket.remoteAddress}:${req.socket.remotePort}`, Date.now());
    if (!decision.allowed) {
      counts.limitExceeded++;
      res.writeHead(429, {
        ...rateHeaders(decision, 'X-RateLimit'),
        'Retry-After': '1',
        'Content-Type': 'text/plain',
      });
      res.end('limit exceeded');
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const fixed = [LOGIN_PATH, ME_PATH, LOGOUT_PATH].includes(pathname);
    const byId = fixed ? null : USER_BY_ID_PATH.exec(pathname);
    if (!fixed && !byId) {
      notFoundPage(res, decision);
      return;
    }

    const requestId = newId();
    const common: Headers = {
      ...rateHeaders(decision, 'X-Ratelimit'),
      'X-Request-Id': requestId,
      'X-Version-Id': VERSION,
      'Content-Type': 'application/json',
    };
    const answer = (status: number, body: string, extra: Headers = {}) => {
      res.writeHead(status, { ...common, ...extra });
      res.end(body);
    };
    const error = (status: number, message: string, detailedError = '', extra: Headers = {}) =>
      answer(status, appError(status, requestId, message, detailedError), extra);

    readBody(req, (body) => {
      if (pathname === ME_PATH) {
        if (req.method !== 'GET') return error(405, 'Method not allowed', '', { Allow: 'GET' });
        const token = sessionToken(req);
        if (token === undefined) return answer(200, '');
        if (!sessions.has(token))
          return error(401, 'Invalid or expired session, please login again.', `token=${token}`);
        return answer(200, user());
      }

      if (pathname === LOGOUT_PATH || byId) {
        const method = byId ? 'GET' : 'POST';
        if (req.method !== method) return error(405, 'Method not allowed', '', { Allow: method });
        const token = sessionToken(req);
        if (token === undefined || !sessions.has(token))
          return error(401, 'Invalid or expired session, please login again.', token ? `token=${token}` : '');
        if (byId) {
          if (byId[1] !== userId)
            return error(403, 'You do not have the appropriate permissions', `userId=${byId[1]}`);
          return answer(200, user());
        }
        sessions.delete(token);
        return answer(200, JSON.stringify({ user_id: userId }), {
          'Set-Cookie': 'MMSID=; Path=/; Max-Age=0; HttpOnly',
        });
      }

      if (req.method !== 'POST') return error(405, 'Method not allowed', '', { Allow: 'POST' });
      const props = parseProps(body);
      if (!props) return error(403, 'Login failed: the request could not be parsed', 'invalid character');
      const { name, email, password } = props;
      if (!name || !email || !password)
        return error(403, 'Login failed: the name, email and password are needed');
      if (name !== MATTERMOST_1X_ACCOUNT.team)
        return error(
          500,
          "We couldn't find the existing team",
          `name=${name}, err=sql: no rows in result set [SELECT * FROM Teams WHERE Name = :Name]`,
        );
      if (email !== MATTERMOST_1X_ACCOUNT.email)
        return error(403, "We couldn't find an existing account matching your email address for this team");
      if (password !== MATTERMOST_1X_ACCOUNT.password) {
        counts.wrongPasswords++;
        return error(403, 'Login failed because of invalid password', `user_id=${userId}`);
      }
      const token = newId();
      sessions.add(token);
      issuedTokens.push(token);
      return answer(200, user(), {
        Token: token,
        'Set-Cookie': [
          `MMSID=${token}; Path=/; Max-Age=2592000; HttpOnly`,
          `MMTEAMID=${teamId}; Path=/; Max-Age=2592000`,
        ],
      });
    });
  });

  server.on('connection', () => {
    counts.connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    issuedTokens,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function rateHeaders(decision: LimitDecision, prefix: 'X-Ratelimit' | 'X-RateLimit'): Headers {
  return {
    [`${prefix}-Limit`]: String(decision.limit),
    [`${prefix}-Remaining`]: String(decision.remaining),
    [`${prefix}-Reset`]: String(decision.reset),
  };
}

/** The web app's page for a path no route takes: cut short, and the connection closed under it. */
function notFoundPage(res: http.ServerResponse, decision: LimitDecision): void {
  res.writeHead(404, {
    ...rateHeaders(decision, 'X-RateLimit'),
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(NOT_FOUND_PAGE) + 2048),
  });
  res.write(NOT_FOUND_PAGE, () => res.socket?.end());
}

/** The session token: `Authorization: Bearer <token>` (any case of the scheme), else the MMSID cookie. */
function sessionToken(req: http.IncomingMessage): string | undefined {
  const authorization = req.headers.authorization;
  if (authorization !== undefined && /^bearer /i.test(authorization)) return authorization.slice(7).trim();
  const cookie = /(?:^|;\s*)MMSID=([^;]*)/.exec(req.headers.cookie ?? '');
  return cookie?.[1] || undefined;
}

/** The login body read as Mattermost does, whatever its Content-Type; undefined when not a JSON object. */
function parseProps(body: string): Record<string, string | undefined> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const props = value as Record<string, unknown>;
    return { name: text(props.name), email: text(props.email), password: text(props.password) };
  } catch {
    return undefined;
  }
}

function readBody(req: http.IncomingMessage, then: (body: string) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  req.on('end', () => then(Buffer.concat(chunks).toString('utf8')));
}
