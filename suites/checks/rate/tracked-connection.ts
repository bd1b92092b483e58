import type { Client } from 'undici';

/**
 * One kept-alive connection whose sockets are counted, so that each response can say which socket
 * carried it: a limiter keyed by address and port gives every new socket a fresh allowance.
 */
export class TrackedConnection {
  private sockets = 0;

  constructor(
    private readonly label: string,
    readonly dispatcher: Client,
  ) {
    dispatcher.on('connect', () => {
      this.sockets++;
    });
  }

  /** "burst#1": the label, and which socket of this connection carried the last request. */
  get id(): string {
    return `${this.label}#${this.sockets}`;
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}
