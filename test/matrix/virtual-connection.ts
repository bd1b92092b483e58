import { Client } from 'undici';
import type { ProbeConnection, ProbeResponse } from '../../suites/checks/rate/probe-io';
import type { VirtualClock } from './virtual-clock-io';

/** What the server answered, before the virtual network's moments are known. */
export interface RawAnswer {
  status: number;
  headers: ProbeResponse['headers'];
  text: string;
}

/** How the connection talks to the server: one real request now, and the probe's view of its answer. */
export interface VirtualWire {
  sendNow(client: Client): Promise<RawAnswer>;
  respond(answer: RawAnswer, sentAtMs: number, receivedAtMs: number): ProbeResponse;
}

interface Pending {
  sentAtMs: number;
  arrivalMs: number;
  answer?: RawAnswer;
  resolve(response: ProbeResponse): void;
  reject(error: unknown): void;
}

/**
 * A kept-alive connection whose requests may overlap (pipelining), on a virtual clock: each reaches
 * the server half a round trip after it was sent, and no sooner than `handlingMs` after the one
 * before it; its answer comes back half a round trip later, in order. The server reads the shared
 * clock, so events are played in the order of their moments: before an answer is handed to the
 * probe (the clock set to its arrival back), every request due at the server by then is handled
 * (the clock set to its arrival there). Real HTTP carries them one at a time underneath.
 */
export function virtualConnection(
  id: string,
  url: string,
  clock: VirtualClock,
  halfTripMs: number,
  handlingMs: number,
  wire: VirtualWire,
): ProbeConnection & { closed: boolean } {
  const client = new Client(url, { pipelining: 1 });
  const queue: Pending[] = [];
  let lastArrivalMs = Number.NEGATIVE_INFINITY;
  let pumping: Promise<void> = Promise.resolve();

  async function deliverHead(): Promise<void> {
    // Let the probe finish sending what it sends at this moment before time moves on.
    await new Promise((resolve) => setImmediate(resolve));
    const head = queue[0];
    if (!head) return;
    const backAtMs = head.arrivalMs + halfTripMs;
    try {
      for (const pending of queue) {
        if (pending.answer || pending.arrivalMs > backAtMs) continue;
        clock.advanceTo(pending.arrivalMs);
        pending.answer = await wire.sendNow(client);
      }
      clock.advanceTo(backAtMs);
      queue.shift();
      head.resolve(wire.respond(head.answer as RawAnswer, head.sentAtMs, backAtMs));
    } catch (error) {
      queue.shift();
      head.reject(error);
    }
  }

  return {
    id: `${id}#1`,
    get closed() {
      return client.closed;
    },
    me() {
      return new Promise<ProbeResponse>((resolve, reject) => {
        const sentAtMs = clock.now();
        const arrivalMs = Math.max(sentAtMs + halfTripMs, lastArrivalMs + handlingMs);
        lastArrivalMs = arrivalMs;
        queue.push({ sentAtMs, arrivalMs, resolve, reject });
        pumping = pumping.then(deliverHead);
      });
    },
    async close() {
      await pumping;
      if (!client.closed) await client.close();
    },
  };
}
