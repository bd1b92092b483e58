import type { Redactor } from './redactor';

/** A shell word in single quotes; a secret becomes '"$NAME"' so the shell expands it there. */
function shellWord(text: string, redactor: Redactor): string {
  const quoted = redactor.redact(text.replace(/'/g, `'\\''`), (name) => `'"$${name}"'`);
  // A word that starts or ends with a secret would carry an empty '' there: drop it.
  return `'${quoted}'`.replace(/^''(?=")/, '').replace(/(?<=")''$/, '');
}

/** The request as a curl command line someone can paste to reproduce it, secrets redacted. */
export function curlLine(
  request: { method: string; url: string; headers: Record<string, string>; body?: string },
  redactor: Redactor,
): string {
  const words = ['curl', '-i'];
  if (request.method !== 'GET' || request.body !== undefined) words.push('-X', request.method);
  for (const [name, value] of Object.entries(request.headers))
    words.push('-H', shellWord(`${name}: ${value}`, redactor));
  if (request.body !== undefined) words.push('--data-raw', shellWord(request.body, redactor));
  words.push(shellWord(request.url, redactor));
  return words.join(' ');
}
