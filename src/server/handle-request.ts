import type http from 'node:http';
import type { Clock } from './clock';
import { withCommonHeaders } from './common-headers';
import { errorResponse } from './error-body';
import type { HookChain, Respond } from './hooks';
import { networkDelay } from './network-delay';
import { connectionPolicy } from './one-request-per-connection';
import { randomId } from './random-id';
import { clientKey } from './rate-limit/client-key';
import { createLimiter } from './rate-limit/create-limiter';
import { limitExceeded } from './rate-limit/limit-exceeded';
import { readBody } from './read-body';
import type { ServerRequest } from './request';
import type { ServerResponse } from './response';
import { route } from './routes';
import type { ServerOptions } from './server-options';
import type { Services } from './services';
import { writeResponse } from './write-response';

/**
 * One request, start to end: (without pipelining, only a connection's first) read the body, let the simulated network's first half pass, give it an id, let the limiter decide, answer (the
 * router, or a 429), add the common headers, write. Every hook point is a step of this flow.
 */
export function handleRequest(
  options: ServerOptions,
  hooks: HookChain,
  services: Services,
  clock: Clock,
): (incoming: http.IncomingMessage, outgoing: http.ServerResponse) => Promise<void> {
  const limiter = createLimiter(options);
  const decide = hooks.decide((key, nowMs) => limiter.decide(key, nowMs));
  const respond = hooks.respond((request) => route(request, services));
  const network = networkDelay(options.latencyMs, options.jitterMs);
  const connections = connectionPolicy(options.pipelining);

  return async (incoming, outgoing) => {
    if (!connections.admits(incoming)) return;
    const body = await readBody(incoming);
    await network.arrive(incoming.socket);
    const receivedAtMs = clock.now();
    const key = clientKey(incoming, options.limitPer);
    const request: ServerRequest = {
      id: hooks.requestId(randomId()),
      method: incoming.method ?? 'GET',
      path: (incoming.url ?? '/').split('?')[0] ?? '/',
      headers: incoming.headers,
      body: body.text,
      bodyTooLarge: body.tooLarge,
      clientKey: key,
      receivedAtMs,
      rate: decide(key, receivedAtMs),
    };
    const answer = request.rate.allowed
      ? respondSafely(respond, request)
      : limitExceeded(request, options.limitBody);
    const response = hooks.beforeRespond(withCommonHeaders(answer, request, options.resetForm), request);
    await network.depart();
    connections.beforeWrite(outgoing);
    writeResponse(outgoing, response);
  };
}

// A bug in a handler still answers with the documented error body, not a dropped connection.
function respondSafely(respond: Respond, request: ServerRequest): ServerResponse {
  try {
    return respond(request);
  } catch (error) {
    return errorResponse(request, 500, 'Internal server error.', String(error));
  }
}
