import type { IncomingMessage } from 'node:http';

/** The largest body the server reads; a login body is a few dozen bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Reads the whole body, keeping at most MAX_BODY_BYTES of it (the rest is drained, not stored). */
export async function readBody(request: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return { text: Buffer.concat(chunks).toString('utf8'), tooLarge: size > MAX_BODY_BYTES };
}
