import { type HttpResponse, TransportError } from '../../src/http/client';
import { where } from './describe-response';
import type { Findings } from './findings';

/** One request of a probe set and what came of it: a response, or no answer at all. */
export type Probe =
  | { label: string; response: HttpResponse; error?: undefined }
  | { label: string; response?: undefined; error: TransportError };

/**
 * Sends one probe; a target that does not answer it leaves the probe without a response instead
 * of stopping the set, so the other probes can still be judged.
 */
export async function probe(label: string, send: () => Promise<HttpResponse>): Promise<Probe> {
  try {
    return { label, response: await send() };
  } catch (error) {
    if (error instanceof TransportError) return { label, error };
    throw error;
  }
}

/** The probes that got a response. */
export function answered(probes: readonly Probe[]): { label: string; response: HttpResponse }[] {
  return probes.filter((p): p is { label: string; response: HttpResponse } => p.response !== undefined);
}

/**
 * Ends a check that judged the answered probes: a violation among them decides the clause, but with
 * none found and a probe unanswered the checker cannot say the clause holds (an `error`).
 */
export function requireAllAnswered(findings: Findings, probes: readonly Probe[]): void {
  const missing = probes.find((p) => p.error !== undefined);
  if (missing?.error && findings.violations.length === 0) throw missing.error;
}

/** "POST /api/v1/users/login (a good login)": a probe's request, for messages. */
export function probeName(label: string, response: HttpResponse): string {
  return `${where(response)} (${label})`;
}
