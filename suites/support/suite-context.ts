import { randomUUID } from 'node:crypto';
import type { Contract } from '../../src/contract/contract';
import { HttpClient, type HttpResponse, type SendOptions, TransportError } from '../../src/http/client';
import { endSessions, offersLogout } from '../../src/http/logout';
import { oneAfterAnother } from '../../src/http/one-after-another';
import { Redactor } from '../../src/http/redactor';
import type { Area, Catalogue } from '../../src/model/clause';
import type { Pacer } from '../../src/ratelimit/pacer';
import { appendRecord } from '../../src/runner/outcomes-file';
import type { SuiteRunConfig } from '../../src/runner/run-config-file';
import { appendLedger, ledgerPath } from '../../src/runner/run-wide';
import { runContract } from './run-contract';
import { runPacer } from './run-pacer';
import { findCookie } from './session-cookie';
import { sessionEndingTurn } from './side-by-side';
import { SuiteLedger } from './suite-ledger';

/**
 * Whether a logout of one of the suites' sessions has been answered as one the target offers: the
 * sessions left at each area's close then all end at once, without one logout first to find out.
 */
let logoutAnswered = false;

/** Everything a check needs: the run's settings, the contract from the spec, and the one HTTP client. */
export class SuiteContext {
  /** The credentials of every session a login of this suite opened, by token: each is ended at close. */
  private readonly openedSessions = new Map<string, Record<string, string>>();
  /** The suite's part of the run's ledger, which the run-wide suite judges. */
  private readonly ledger: SuiteLedger;

  constructor(
    readonly area: Area,
    readonly config: SuiteRunConfig,
    readonly contract: Contract,
    readonly catalogue: Catalogue,
    readonly client: HttpClient,
    private readonly pacer: Pacer,
  ) {
    this.ledger = new SuiteLedger(area, contract);
  }

  static open(area: Area, config: SuiteRunConfig, catalogue: Catalogue): SuiteContext {
    const contract = runContract(config.specDocumentPath);
    const redactor = new Redactor();
    redactor.add(config.password, 'MM_PASSWORD');
    const pacer = runPacer(config);
    const origin = new URL(config.target).origin;
    const client = new HttpClient({
      origin,
      timeoutMs: config.timeoutMs,
      insecure: config.insecure,
      redactor,
      pacer,
    });
    return new SuiteContext(area, config, contract, catalogue, client, pacer);
  }

  /**
   * Ends the sessions the suite opened (where the target offers a logout; after the first, unless
   * a logout was answered already, the others together, each ending its own), then records the
   * suite's exchanges and request count.
   */
  async close(): Promise<void> {
    await endSessions(
      (options) => this.send(options),
      this.contract.logout,
      [...this.openedSessions.values()],
      {
        sendRest: (sends) => this.sendAll(sends, { independent: true }),
        offered: logoutAnswered,
      },
    );
    appendLedger(ledgerPath(this.config.outcomesPath), this.ledger.entries(this.client.transcript));
    appendRecord(this.config.outcomesPath, {
      kind: 'suite-stats',
      area: this.area,
      requests: this.client.requestsSent,
      exchanges: this.client.transcript,
    });
    await this.client.close();
  }

  /** A documented path, below the target's own path prefix when it has one. */
  url(path: string): string {
    const prefix = new URL(this.config.target).pathname.replace(/\/$/, '');
    return `${prefix}${path}`;
  }

  /** A path under the API base that no server routes, for unknown-route probes (send() adds the prefix). */
  unknownPath(): string {
    return `${this.contract.basePath}/no-such-route-${randomUUID().slice(0, 8)}`;
  }

  async send(options: SendOptions): Promise<HttpResponse> {
    const ending = this.ledger.wouldEnd(options.method, options.path, options.headers);
    if (ending) await sessionEndingTurn();
    try {
      const response = await this.client.send({ ...options, path: this.url(options.path) });
      this.ledger.present(options.headers, response.exchange);
      if (ending && offersLogout(response.status)) logoutAnswered = true;
      return response;
    } catch (error) {
      if (error instanceof TransportError) this.ledger.present(options.headers, error.exchange);
      throw error;
    }
  }

  /**
   * Sends a set of probes. Independent ones (none changes what the server answers another) go all
   * at once while the advertised allowance covers every one, so that across a network the set
   * costs one round trip instead of one each; otherwise one after another, in the order given, so
   * that saving time never spends past the allowance. Results come in the order given.
   */
  async sendAll<T>(
    sends: readonly (() => Promise<T>)[],
    { independent }: { independent: boolean },
  ): Promise<T[]> {
    if (independent && this.allowanceCovers(sends.length)) return Promise.all(sends.map((send) => send()));
    return oneAfterAnother(sends);
  }

  /** The earliest moment the allowance can be whole again (see Pacer.earliestResetAtMs). */
  earliestResetAtMs(): number | undefined {
    return this.pacer.earliestResetAtMs();
  }

  /** Whether an answer so far advertised an allowance that covers `requests` at once (see Pacer.covers). */
  allowanceKnownToCover(requests: number): boolean {
    return this.pacer.knownToCover(requests);
  }

  /** Whether `requests` may go at once: the advertised allowance covers them (see Pacer.covers). */
  allowanceCovers(requests: number): boolean {
    return this.pacer.covers(requests);
  }

  /** The login body as the spec names its fields; `overrides` replaces or (undefined) drops a credential. */
  loginBody(overrides: Partial<Record<'team' | 'email' | 'password', string | undefined>> = {}): string {
    const values = {
      team: this.config.team,
      email: this.config.email,
      password: this.config.password,
      ...overrides,
    };
    const body: Record<string, string> = {};
    for (const role of ['team', 'email', 'password'] as const) {
      const value = values[role];
      if (value !== undefined) body[this.contract.login.fields[role]] = value;
    }
    return JSON.stringify(body);
  }

  /** Sends a login and remembers any token it gave, so that no record shows it. */
  async login(body = this.loginBody(), contentType = 'application/json'): Promise<HttpResponse> {
    const response = await this.send({
      method: this.contract.login.method,
      path: this.contract.login.path,
      headers: { 'content-type': contentType },
      body,
    });
    this.rememberSecrets(response);
    return response;
  }

  /** Keeps the Token header and the session cookie's value out of all records, and their sessions to end. */
  rememberSecrets(response: HttpResponse): void {
    const token = response.header(this.contract.headers.token)?.trim();
    this.client.redactor.add(token, 'MM_TOKEN');
    const cookie = findCookie(
      response.headerValues(this.contract.headers.setCookie),
      this.contract.sessionCookie.name,
    );
    this.client.redactor.add(cookie?.value, 'MM_TOKEN');
    if (response.status >= 200 && response.status < 300) {
      if (token) this.ledger.open(token, response.exchange);
      if (token) this.openedSessions.set(token, this.bearer(token));
      const cookieToken = cookie?.value.trim();
      if (cookieToken && !this.openedSessions.has(cookieToken)) {
        this.openedSessions.set(cookieToken, {
          cookie: `${this.contract.sessionCookie.name}=${cookieToken}`,
        });
      }
    }
    // Records written before the secret was known are redacted again.
    const { exchange } = response;
    if (exchange.response) {
      exchange.response.headers = Object.fromEntries(
        Object.entries(exchange.response.headers).map(([k, v]) => [
          k,
          Array.isArray(v) ? v.map((x) => this.client.redactor.redact(x)) : this.client.redactor.redact(v),
        ]),
      );
      exchange.response.body = this.client.redactor.redact(exchange.response.body);
    }
  }

  /** The Authorization header value that presents a token with the spec's Bearer scheme. */
  bearer(token: string): Record<string, string> {
    return { authorization: `${this.contract.bearer.scheme} ${token}` };
  }

  /** Sends GET /users/me with the given headers. */
  me(headers: Record<string, string> = {}, options: Partial<SendOptions> = {}): Promise<HttpResponse> {
    return this.send({ method: this.contract.me.method, path: this.contract.me.path, headers, ...options });
  }
}
