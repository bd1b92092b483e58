import type { ProbeConnection, ProbeIo, ProbeResponse } from './probe-io';
import { LEAST_SPACING_MS, type PoolPlan } from './timing';

/** One request of the burst on its way, and the connection that carries it. */
interface Sending {
  via: ProbeConnection;
  answer: Promise<ProbeResponse | Error>;
  settled: boolean;
}

/** An answer handed back in the order sent (a transport error as an Error). */
export interface BurstAnswer {
  via: ProbeConnection;
  answer: ProbeResponse | Error;
}

/**
 * Sends the burst and hands back its answers in the order sent, which is the order the server saw
 * them: pipelined on one connection (TCP keeps the order), or, once the target is found not to
 * pipeline, on a pool of connections, one request at a time on each, spaced (see PoolPlan). The
 * pool starts only when nothing is left in flight on the pipelined connection, so that no request
 * of the pool overtakes one sent before it.
 */
export class BurstSender {
  private readonly inFlight: Sending[] = [];
  private pool?: {
    plan: PoolPlan;
    /** Requests the pool sent. */
    sent: number;
    connections: ProbeConnection[];
    busy: Set<ProbeConnection>;
    nextAtMs: number;
  };
  sent = 0;

  constructor(
    private readonly io: Pick<ProbeIo, 'connect' | 'now' | 'sleep'>,
    readonly pipelined: ProbeConnection,
  ) {}

  get pooled(): PoolPlan | undefined {
    return this.pool?.plan;
  }

  get inFlightCount(): number {
    return this.inFlight.length;
  }

  /** One more request on the pipelined connection. */
  sendPipelined(): void {
    this.sendOn(this.pipelined);
  }

  /** From now on, requests go on a pool of connections, as `plan` says. */
  fallBack(plan: PoolPlan): void {
    if (this.pool) return;
    const connections = Array.from({ length: plan.connections }, (_, i) => this.io.connect(`burst ${i + 1}`));
    this.pool = { plan, sent: 0, connections, busy: new Set(), nextAtMs: this.io.now() };
  }

  /**
   * The next answer in the order sent; meanwhile, on the pool, sends whenever `maySend` allows, a
   * connection is free and the spacing has passed. Undefined once nothing is in flight and nothing
   * more may be sent.
   */
  async next(maySend: () => boolean): Promise<BurstAnswer | undefined> {
    for (;;) {
      const head = this.inFlight[0];
      if (head?.settled) {
        this.inFlight.shift();
        return { via: head.via, answer: await head.answer };
      }
      const pool = this.pool;
      const poolMaySend =
        pool !== undefined && maySend() && !this.inFlight.some((s) => s.via === this.pipelined);
      const free = poolMaySend ? pool.connections.find((c) => !pool.busy.has(c)) : undefined;
      const waitMs = pool ? pool.nextAtMs - this.io.now() : 0;
      if (pool && free && waitMs <= 0) {
        pool.busy.add(free);
        this.sendOn(free);
        // Never catch up on sends a busy pool missed: a rush would break the even spacing.
        const spacing = ++pool.sent < pool.plan.wave ? LEAST_SPACING_MS : pool.plan.spacingMs;
        pool.nextAtMs = Math.max(pool.nextAtMs, this.io.now() - spacing) + spacing;
        continue;
      }
      // Only what is still on its way: a settled answer would wake the loop at once, again and again.
      const wake: Promise<unknown>[] = this.inFlight.filter((s) => !s.settled).map((s) => s.answer);
      if (free) wake.push(this.io.sleep(waitMs));
      if (wake.length === 0) return undefined;
      await Promise.race(wake);
    }
  }

  /** The connections the burst ended on: the pool's, or the pipelined one. */
  get connections(): ProbeConnection[] {
    return this.pool ? this.pool.connections : [this.pipelined];
  }

  /** Closes the pool's connections (the pipelined one is the caller's). */
  async close(): Promise<void> {
    await Promise.all((this.pool?.connections ?? []).map((c) => c.close()));
  }

  private sendOn(via: ProbeConnection): void {
    this.sent++;
    const sending: Sending = { via, settled: false, answer: Promise.resolve(new Error('not sent')) };
    sending.answer = via
      .me()
      .catch((error: Error) => error)
      .then((answer) => {
        sending.settled = true;
        this.pool?.busy.delete(via);
        return answer;
      });
    this.inFlight.push(sending);
  }
}
