import { TransportError } from '../../../src/http/client';
import { headerValue } from '../../../src/http/headers';
import { estimateSkew } from '../../../src/ratelimit/clock-skew';
import { readRateHeaders } from '../../../src/ratelimit/rate-headers';
import { parseHttpDate, readResetBounds } from '../../../src/ratelimit/reset-moment';
import { AllowanceMeter } from './allowance';
import { BurstSender } from './burst-sender';
import { probeAgainIfContested } from './contested';
import { measureNetwork, pathFloorMs } from './network';
import type { ProbeConnection, ProbeIo, ProbeResponse } from './probe-io';
import { unreadableReset } from './reset-reading';
import {
  BURST_TIME_CAP_MS,
  burstPlan,
  EARLY_PROBE_INTERVAL_MS,
  EARLY_PROBING_CAP_MS,
  FRESH_ALLOWANCE_WAIT_MS,
  MAX_RESET_WAIT_MS,
  MOST_AT_ONCE,
  PAST_RESET_MS,
  poolPlan,
  ROUNDING_RETRY_MS,
  TRUTH_SLACK_MS,
  WINDOW_TURN_LEAD_MS,
} from './timing';
import {
  advertisesLimit,
  type BurstStop,
  inPhase,
  isAllowed,
  LABELS,
  largestLimit,
  NO_RATE_LIMIT,
  type Phase,
  seconds,
  sessionLostNote,
  showsWholeAllowance,
  type Trace,
  type TracedResponse,
} from './trace';

/**
 * The rate probe: talks to the target once per run and records every response in a trace, which
 * the rate judges read.
 * 1. sample: a few paced requests of different kinds (the only phase under --safe);
 * 2. burst: unpaced /users/me pipelined on one kept-alive connection, the whole allowance at once
 *    and then enough in flight to outrun Limit whatever the round trip, until a denial comes back,
 *    or a request was allowed that no reading of the headers explains, or a cap (see timing.ts);
 *    on a pool of connections instead when the target does not pipeline (see BurstSender);
 * 3. scope: right after the denial, one request on a fresh connection, then one on the burst's;
 * 4. recovery: probes spaced before the moment the denial's Reset names (to catch it overstated);
 *    one request arriving when the window the burst spent ends, where the burst's first answer
 *    named an earlier moment than the denial (Reset counts whole seconds), which ends the probe if
 *    it finds the allowance whole; else one arriving at the denial's moment (each sent half a round
 *    trip early), and one a second later if that was denied.
 * The target failing to answer ends the probe; the trace says in which phase.
 */
export function runProbe(io: ProbeIo): Promise<Trace> {
  return probeAgainIfContested(io, () => new RateProbe(io).run());
}

/**
 * The least Limit for which a request shows the allowance whole before the burst. The judges read
 * a bucket to the request only where the requests after an answer reach the server within about
 * 1 / Limit s of it; that request goes a round trip before the burst, and widens the span by as
 * much. Below a Limit of about a hundred, the burst's own requests can all arrive within 1 / Limit s
 * (a server answers one in well under a millisecond), and one let through too many is caught; from
 * there, a server's own time answering a whole allowance widens the span past it anyway.
 */
const LEAST_LIMIT_TO_SEE_WHOLE = 100;

class RateProbe {
  private readonly trace: Trace;
  private phase: Phase = 'sample';
  /** The first request of the sample whose answer came with Connection: close. */
  private closingSample?: string;
  /**
   * The sample's answers that the server may have seen last: its last request's, or those of the
   * requests that went together last (see sample).
   */
  private finals: TracedResponse[] = [];

  constructor(private readonly io: ProbeIo) {
    this.trace = {
      names: io.names,
      responses: [],
      authenticated: false,
      normalStatus: io.meStatus.authenticated,
    };
  }

  async run(): Promise<Trace> {
    try {
      await this.sample();
      const why =
        this.io.burstForbidden ?? (advertisesLimit(this.trace.responses) ? undefined : NO_RATE_LIMIT);
      if (why !== undefined) {
        this.trace.activeNotRun = why;
        return this.trace;
      }
      this.trace.network = measureNetwork(this.trace.responses);
      const connection = this.io.connect('burst', MOST_AT_ONCE);
      const sender = new BurstSender(this.io, connection);
      try {
        await this.waitForWholeAllowance(connection);
        this.phase = 'burst';
        const { denial, via } = await this.burst(sender);
        if (this.trace.sessionLost) {
          this.trace.recovery = { notRun: sessionLostNote(this.trace.sessionLost) };
          return this.trace;
        }
        if (!denial) {
          this.trace.recovery = { notRun: 'no request of the burst was denied' };
          return this.trace;
        }
        this.phase = 'scope';
        await this.scope(via);
        this.phase = 'recovery';
        await this.recover(denial, via);
      } finally {
        await sender.close();
        await connection.close();
      }
    } catch (error) {
      if (!(error instanceof TransportError)) throw error;
      this.trace.failure = { phase: this.phase, error };
    }
    return this.trace;
  }

  /**
   * The login, /users/me without credentials and an unknown route, then /users/me with the login's token.
   * Where the allowance covers them, the requests that need no token go beside the login: across a
   * network each costs a round trip. They are recorded in the order sent, whatever order they came
   * back in, so that two probes of one server read alike; the request with the token goes last, once
   * all three are answered, so that the sample's last answer is the one the server saw last (see
   * finals).
   */
  private async sample(): Promise<void> {
    const { io, trace } = this;
    const together = io.allowanceKnownToCover(3);
    const [login, anonymous, unknown] = together
      ? await Promise.all([io.login(), io.sample('me without credentials'), io.sample('unknown route')])
      : [await io.login(), await io.sample('me without credentials'), await io.sample('unknown route')];
    if (login) {
      this.record('login', 'pool', login);
      trace.authenticated = true;
    }
    const withoutCredentials = this.record('/users/me without credentials', 'pool', anonymous);
    const unknownRoute = this.record('an unknown route', 'pool', unknown);
    if (!login) {
      trace.normalStatus = this.normalStatus(withoutCredentials, io.meStatus.unauthenticated);
      this.finals = together ? [withoutCredentials, unknownRoute] : [unknownRoute];
      return;
    }
    const me = this.record('/users/me with the token', 'pool', await io.sample('me with the token'));
    trace.normalStatus = this.normalStatus(me, io.meStatus.authenticated);
    this.finals = [me];
  }

  /** What the burst's request answers when not denied: as the sample saw it, unless that was a 429. */
  private normalStatus(sample: TracedResponse, documented: number): number {
    return sample.status === this.io.limitStatus ? documented : sample.status;
  }

  /**
   * Sends the burst; returns its first denial, if it met one, and the connection that carried it
   * (which the scope and the recovery go on). A target that does not pipeline (its sample answered
   * with Connection: close, or the burst's connection closed or was opened again before a denial)
   * gets the rest of the burst on a pool of connections instead (see BurstSender).
   */
  private async burst(sender: BurstSender): Promise<{ denial?: TracedResponse; via: ProbeConnection }> {
    const trace = this.trace;
    const known = largestLimit(trace.responses) ?? (largestRemaining(trace.responses) ?? 0) + 1;
    const plan = burstPlan(known, trace.network?.roundTripMs ?? 0);
    const meter = new AllowanceMeter(largestLimit(trace.responses), pathFloorMs(trace.responses));
    // Only an answer on the same socket: where each socket has an allowance of its own, another's
    // answer says nothing of this one's.
    const whole = trace.wholeBeforeBurst;
    if (whole && whole.connection === sender.pipelined.id) meter.startFrom(whole);
    const started = this.io.now();
    const fallBack = (why: string) => sender.fallBack(poolPlan(known, plan.roundTripMs, why, sender.sent));
    if (this.closingSample) fallBack(`the sample's ${this.closingSample} came with Connection: close`);
    else while (sender.sent < plan.wave) sender.sendPipelined();
    let denial: { response: TracedResponse; via: ProbeConnection } | undefined;
    let stop: BurstStop | undefined;
    let firstSocket: string | undefined;
    const maySend = () => stop === undefined && sender.sent < plan.requestCap;
    for (let n = 1; ; n++) {
      const next = await sender.next(maySend);
      if (!next) break;
      const { via, answer } = next;
      if (answer instanceof Error) {
        // A server may close the connection once it denies: what was still in flight is lost.
        if (denial && answer instanceof TransportError) continue;
        // Closed under pipelined requests before any denial: the target does not pipeline. The
        // request lost is not counted; the rest goes on the pool.
        if (!sender.pooled && via === sender.pipelined && answer instanceof TransportError) {
          fallBack(`the connection closed under pipelined requests (${answer.message})`);
          n--;
          continue;
        }
        throw answer;
      }
      const response = this.record(`burst request ${n}`, via, answer);
      const allowed = isAllowed(trace, response);
      if (trace.sessionLost) {
        stop ??= 'session-lost';
        continue;
      }
      meter.add(response, allowed);
      if (!allowed) denial ??= { response, via };
      if (!denial && !sender.pooled) {
        firstSocket ??= response.connection;
        if (closesConnection(answer)) fallBack(`burst request ${n} came with Connection: close`);
        else if (response.connection !== firstSocket)
          fallBack(`its connection was opened again (${response.connection}) before any denial`);
      }
      stop ??= denial
        ? 'denial'
        : meter.exceeded
          ? 'exceeded'
          : sender.sent >= plan.requestCap
            ? 'request-cap'
            : this.io.now() - started >= BURST_TIME_CAP_MS
              ? 'time-cap'
              : undefined;
      if (stop === undefined && !sender.pooled)
        while (sender.inFlightCount < plan.depth && sender.sent < plan.requestCap) sender.sendPipelined();
    }
    const pool = sender.pooled;
    trace.burst = {
      stop: stop ?? 'request-cap',
      ...plan,
      ...(pool ? { pool } : {}),
      sent: sender.sent,
      timeCapMs: BURST_TIME_CAP_MS,
    };
    return { denial: denial?.response, via: denial?.via ?? (sender.connections[0] as ProbeConnection) };
  }

  /**
   * Waits until the allowance is whole before the burst, so that the burst starts from it (a window
   * of its own, or a full bucket) and its Remaining can be followed from the top: a server alone
   * then answers every probe alike. The moment the sample's last Reset names is one such moment.
   * Reset counts whole seconds, though, and the window the sample spent may have opened up to a
   * second before it (the run's first request opened it), so the earliest reset any answer of that
   * window named may come sooner; it is taken where the sample left allowance to spend.
   *
   * Where Limit allows, the burst starts one request into a whole allowance: right away when the
   * sample's last answer shows it whole (its window opened, or its bucket filled, at that request);
   * otherwise one more request of the sample goes on the burst's connection at the moment taken,
   * and the burst follows its answer at once when it shows the allowance whole (Remaining Limit -
   * 1), or else (too soon: a bucket may refill slower than Limit a second) waits for the moment
   * that answer names. So every probe of a server starts its burst the same way. Waits a few
   * seconds at most.
   */
  private async waitForWholeAllowance(connection: ProbeConnection): Promise<void> {
    const named = this.sampleResetAtMs();
    if (named === undefined) return;
    const limit = largestLimit(this.trace.responses);
    if (limit === undefined || limit < LEAST_LIMIT_TO_SEE_WHOLE || this.closingSample) {
      if (this.mayWaitUntil(named)) await this.sleepUntil(named);
      return;
    }
    const last = this.finals.length === 1 ? this.finals[0] : undefined;
    if (this.keepIfWhole(last)) return;
    const earliest = this.io.earliestResetAtMs();
    const left = last?.rate.remaining ?? 0;
    const at = earliest !== undefined && left > 0 ? Math.min(earliest + PAST_RESET_MS, named) : named;
    if (!this.mayWaitUntil(at)) return;
    await this.sleepUntil(at);
    const wholeYet = this.record(LABELS.wholeYet, connection, await connection.me());
    this.finals = [wholeYet];
    if (this.keepIfWhole(wholeYet)) return;
    const again = this.sampleResetAtMs();
    if (again !== undefined && this.mayWaitUntil(again)) await this.sleepUntil(again);
  }

  /**
   * Keeps an answer of the sample as the one the burst starts from when it shows the allowance
   * whole before its request (not denied, with Remaining Limit - 1); says whether it did.
   */
  private keepIfWhole(answer: TracedResponse | undefined): boolean {
    const limit = answer?.rate.limit ?? largestLimit(this.trace.responses);
    if (!answer || answer.status === this.io.limitStatus || limit === undefined) return false;
    if (answer.rate.remaining !== limit - 1) return false;
    this.trace.wholeBeforeBurst = answer;
    return true;
  }

  /**
   * Just past the latest moment the Reset of the sample's last answers can name (the latest of
   * them where several may have come last); undefined when they name none.
   */
  private sampleResetAtMs(): number | undefined {
    const skew = estimateSkew(inPhase(this.trace, 'sample'));
    const moments = this.finals.flatMap((r) => {
      const { remaining, reset } = r.rate;
      const moment =
        remaining === undefined || reset === undefined ? undefined : readResetBounds(reset, r, skew);
      return moment ? [moment.latestMs] : [];
    });
    return moments.length === 0 ? undefined : Math.max(...moments) + PAST_RESET_MS;
  }

  /** Whether the probe waits for a whole allowance until `atMs`: not when that is far (a window of a minute). */
  private mayWaitUntil(atMs: number): boolean {
    return atMs - this.io.now() <= FRESH_ALLOWANCE_WAIT_MS;
  }

  private async scope(burst: ProbeConnection): Promise<void> {
    const fresh = this.io.connect('fresh');
    try {
      this.record(LABELS.freshConnection, fresh, await fresh.me());
    } finally {
      await fresh.close();
    }
    this.record(LABELS.burstAgain, burst, await burst.me());
  }

  private async recover(denial: TracedResponse, connection: ProbeConnection): Promise<void> {
    const trace = this.trace;
    const unreadable = unreadableReset(trace, denial);
    const moment =
      denial.rate.reset === undefined
        ? undefined
        : readResetBounds(denial.rate.reset, denial, estimateSkew(trace.responses));
    if (unreadable || !moment) {
      trace.recovery = { notRun: unreadable ?? 'the denial names no reset moment' };
      return;
    }
    const tooFar = moment.latestMs - denial.receivedAtMs > MAX_RESET_WAIT_MS;
    const probeUntil = Math.min(
      moment.earliestMs - TRUTH_SLACK_MS - 100,
      denial.receivedAtMs + (tooFar ? EARLY_PROBING_CAP_MS : MAX_RESET_WAIT_MS),
    );
    for (
      let at = denial.receivedAtMs + EARLY_PROBE_INTERVAL_MS;
      at <= probeUntil;
      at += EARLY_PROBE_INTERVAL_MS
    ) {
      if (at < this.io.now()) continue;
      await this.sleepUntil(at);
      const probe = this.record(LABELS.earlyProbe, connection, await connection.me());
      if (showsWholeAllowance(trace, probe)) break;
    }
    if (tooFar) {
      trace.recovery = {
        notRun: `the ${denial.status}'s ${trace.names.rateReset} names a moment ${seconds(moment.latestMs - denial.receivedAtMs)} away, beyond the ${seconds(MAX_RESET_WAIT_MS)} the checker waits`,
        moment,
      };
      return;
    }
    trace.recovery = { moment };
    // Sent half a round trip early, a request reaches the server at the moment aimed for.
    const early = (trace.network?.roundTripMs ?? 0) / 2;
    const turn = this.windowTurnAtMs(denial);
    // Already past (the scope took its round trips), it goes at once: the window has turned. Only
    // where it still arrives well before the denial's moment: else it saves too little for its
    // request (and a bucket, full only later, is merely not full yet).
    const arrival = turn === undefined ? undefined : Math.max(turn, this.io.now() + early);
    if (arrival !== undefined && arrival + WINDOW_TURN_LEAD_MS <= moment.latestMs) {
      await this.sleepUntil(arrival - early);
      const atTurn = this.record(LABELS.windowTurn, connection, await connection.me());
      if (showsWholeAllowance(trace, atTurn)) return;
    }
    await this.sleepUntil(moment.latestMs - early);
    const atReset = this.record(LABELS.atReset, connection, await connection.me());
    if (isAllowed(trace, atReset)) return;
    await this.sleepUntil(moment.latestMs + ROUNDING_RETRY_MS - early);
    this.record(LABELS.afterReset, connection, await connection.me());
  }

  /**
   * The latest moment named by the Reset of the first answer on the denied connection that the
   * burst's allowance counted (the request that showed it whole before the burst, or the burst's
   * first): where the server keeps windows, the end of the window the burst spent. The denial
   * names that end too, but counts whole seconds from later in the window, so its moment may come
   * up to a second past it. Undefined unless that moment comes after the denial (else the window
   * turned during the burst).
   */
  private windowTurnAtMs(denial: TracedResponse): number | undefined {
    const trace = this.trace;
    const first = [trace.wholeBeforeBurst, ...inPhase(trace, 'burst')].find(
      (r) => r?.connection === denial.connection,
    );
    if (!first || !isAllowed(trace, first) || first.rate.reset === undefined) return undefined;
    const named = readResetBounds(first.rate.reset, first, estimateSkew(trace.responses));
    return named && named.latestMs > denial.receivedAtMs ? named.latestMs : undefined;
  }

  /** Sleeps until the clock reads `atMs` (timers may fire a millisecond early). */
  private async sleepUntil(atMs: number): Promise<void> {
    for (let left = atMs - this.io.now(); left > 0; left = atMs - this.io.now()) await this.io.sleep(left);
  }

  private record(
    label: string,
    connection: ProbeConnection | 'pool',
    response: ProbeResponse,
  ): TracedResponse {
    const traced: TracedResponse = {
      phase: this.phase,
      label,
      connection: connection === 'pool' ? connection : connection.id,
      sentAtMs: response.sentAtMs,
      receivedAtMs: response.receivedAtMs,
      status: response.status,
      rate: readRateHeaders(response.headers, this.trace.names),
      dateMs: parseHttpDate(headerValue(response.headers, 'date')),
      retryAfter: headerValue(response.headers, 'retry-after'),
      contentType: headerValue(response.headers, 'content-type'),
      body: response.text,
      exchange: response.exchange,
    };
    this.trace.responses.push(traced);
    if (this.phase === 'sample' && closesConnection(response)) this.closingSample ??= label;
    this.noteSessionLost(traced);
    return traced;
  }

  /**
   * A refusal (401) where the request normally succeeds with the session's token, after the sample
   * saw the token authenticate: the session stopped authenticating.
   */
  private noteSessionLost(response: TracedResponse): void {
    const { trace, io } = this;
    if (trace.sessionLost || this.phase === 'sample' || !trace.authenticated) return;
    if (trace.normalStatus !== io.meStatus.authenticated || response.status !== io.meStatus.unauthenticated)
      return;
    const login = trace.responses.find((r) => r.label === 'login');
    trace.sessionLost = {
      label: response.label,
      status: response.status,
      afterMs: response.sentAtMs - (login?.receivedAtMs ?? response.sentAtMs),
    };
  }
}

/** Whether the answer says the server closes the connection after it (it does not pipeline). */
function closesConnection(response: ProbeResponse): boolean {
  const value = headerValue(response.headers, 'connection') ?? '';
  return value
    .toLowerCase()
    .split(',')
    .some((token) => token.trim() === 'close');
}

function largestRemaining(responses: readonly TracedResponse[]): number | undefined {
  const values = responses.map((r) => r.rate.remaining).filter((v): v is number => v !== undefined);
  return values.length === 0 ? undefined : Math.max(...values);
}
