import type { HttpResponse } from './client';

/**
 * Where a redirect points, as an absolute URL, or undefined when the response is no redirect or
 * names no usable Location. Parsed, so that no raw server bytes reach a terminal; the checker
 * never follows it (a redirect may lead credentials elsewhere).
 */
export function redirectLocation(response: HttpResponse): string | undefined {
  if (response.status < 300 || response.status > 399 || response.status === 304) return undefined;
  const location = response.header('location');
  if (!location) return undefined;
  try {
    return new URL(location, response.exchange.request.url).href;
  } catch {
    return undefined;
  }
}
