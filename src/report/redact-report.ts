import { headerValues } from '../http/headers';
import { Redactor, secretForms } from '../http/redactor';
import { parseSetCookies } from '../http/set-cookies';
import type { Report } from './report';

/** A credential the server issued shorter than this is not treated as a secret (it would blank out digits). */
const MIN_ISSUED_SECRET_LENGTH = 8;

/** What to hide: the password, and where the target hands out credentials (names from the spec). */
export interface ReportSecrets {
  password: string | undefined;
  /** The response header carrying the session token ("Token"). */
  tokenHeader: string;
  /** The cookie carrying the session ("MMSID"); other cookies are not credentials. */
  sessionCookie: string;
}

export class LeakError extends Error {}

/**
 * The report with every secret replaced by the variable that holds it ($MM_PASSWORD, $MM_TOKEN),
 * whatever the suites already redacted: the password, and every session token the target handed
 * out in its Token header or session cookie. Throws LeakError rather than return a report whose text still shows one.
 */
export function redactReport(report: Report, secrets: ReportSecrets): Report {
  const { password } = secrets;
  const redactor = new Redactor();
  redactor.add(password, 'MM_PASSWORD');
  const issued = issuedSecrets(report, secrets);
  for (const secret of issued) redactor.add(secret, 'MM_TOKEN');
  const clean = mapStrings(report, (text) => redactor.redact(text)) as Report;
  const leaked = findSecret(JSON.stringify(clean), [password, ...issued]);
  if (leaked !== undefined) throw new LeakError('the report would show a secret; it was not written');
  return clean;
}

/** The first secret that appears in the text in any form it may take, or undefined. */
export function findSecret(text: string, secrets: readonly (string | undefined)[]): string | undefined {
  return secrets.find((secret) => !!secret && secretForms(secret).some((form) => text.includes(form)));
}

/** Session tokens in the responses kept (evidence and transcript): Token header values and session cookie values. */
function issuedSecrets(report: Report, { tokenHeader, sessionCookie }: ReportSecrets): string[] {
  const found = new Set<string>();
  const exchanges = [
    ...report.clauses.flatMap((c) => c.evidence),
    ...report.transcript.flatMap((t) => t.exchanges),
  ];
  for (const exchange of exchanges) {
    const headers = exchange.response?.headers ?? {};
    for (const token of headerValues(headers, tokenHeader)) found.add(token.trim());
    for (const cookie of parseSetCookies(headerValues(headers, 'set-cookie'))) {
      if (cookie.name === sessionCookie) found.add(cookie.value);
    }
  }
  return [...found].filter((s) => s.length >= MIN_ISSUED_SECRET_LENGTH && !s.includes('$MM_'));
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [map(k), mapStrings(v, map)]));
  }
  return value;
}
