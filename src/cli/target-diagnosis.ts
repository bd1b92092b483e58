import type { HttpResponse } from '../http/client';
import { redirectLocation } from '../http/redirect-location';

// What the first answers of a target say about the run as a whole, before any clause is judged:
// each returns the one line that names the cause, or undefined when the answer says nothing of it.

/**
 * `--target https://host/api/v1`: the documented paths already start with the base path, so every
 * request would go to /api/v1/api/v1/… and every clause fail for a typo in the flag.
 */
export function doubledBasePath(target: string, basePath: string, probe: HttpResponse): string | undefined {
  const url = new URL(target);
  if (probe.status !== 404 || basePath === '' || !url.pathname.endsWith(basePath)) return undefined;
  const without = `${url.origin}${url.pathname.slice(0, -basePath.length)}`.replace(/\/+$/, '');
  return `GET ${new URL(probe.exchange.request.url).pathname} answers 404: did you mean --target ${without} (without ${basePath})?`;
}

/** A redirect (http → https, a login page), where `answers` are each a redirect: the checker follows none. */
export function everyRequestRedirected(
  requestedPath: string,
  answers: readonly HttpResponse[],
): string | undefined {
  const locations = answers.map(redirectLocation);
  const first = locations[0];
  if (first === undefined || locations.some((l) => l === undefined)) return undefined;
  const base = targetBefore(first, requestedPath);
  return `every request was redirected to ${first} (not followed): ${
    base ? `use ${base} as --target` : '--target must be the URL of the server itself'
  }`;
}

/** A proxy's error page (502, 503 or 504, and not the JSON error body of the API) to each of `answers`. */
export function proxyInFront(answers: readonly HttpResponse[]): string | undefined {
  const first = answers[0];
  if (first === undefined || !answers.every(isProxyErrorPage)) return undefined;
  return `the target answers ${first.status} from a proxy to every request: the server behind it is down`;
}

function isProxyErrorPage(response: HttpResponse): boolean {
  return [502, 503, 504].includes(response.status) && !isJson(response.header('content-type'));
}

function isJson(contentType: string | undefined): boolean {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
}

/** The target the redirect points at: the Location with the path asked for taken off its end. */
function targetBefore(location: string, requestedPath: string): string | undefined {
  const url = new URL(location);
  if (url.search || url.hash || !url.pathname.endsWith(requestedPath)) return undefined;
  return `${url.origin}${url.pathname.slice(0, -requestedPath.length)}`.replace(/\/+$/, '');
}
