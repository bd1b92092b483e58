import type { OpenAPIV3_1 } from 'openapi-types';

/** The path part of the document's first server URL, without its trailing slash: "/api/v1". */
export function basePathOf(spec: OpenAPIV3_1.Document): string {
  const url = String(spec.servers?.[0]?.url ?? '/').replace(/\{[^}]+\}/g, 'http://origin');
  return new URL(url, 'http://origin').pathname.replace(/\/$/, '');
}
