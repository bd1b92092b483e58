/**
 * Keeps secrets (password, tokens, cookie values) out of everything the checker writes down.
 * Each secret is replaced by the name of the environment variable that holds it in a reproduction
 * ($MM_PASSWORD, $MM_TOKEN), in the plain, JSON-escaped and URL-encoded forms it may take.
 */
export type SecretName = 'MM_PASSWORD' | 'MM_TOKEN';

/** The forms a secret takes in what a server echoes: as is, JSON-escaped, URL-encoded. */
export function secretForms(value: string): string[] {
  return [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)];
}

const plain = (name: SecretName) => `$${name}`;

export class Redactor {
  private readonly secrets = new Map<string, SecretName>();
  /** The forms, longest first, so that a secret containing another is replaced whole. */
  private longestFirst: [string, SecretName][] = [];

  add(value: string | undefined, name: SecretName): void {
    if (!value) return;
    for (const form of secretForms(value)) {
      if (!this.secrets.has(form)) this.secrets.set(form, name);
    }
    this.longestFirst = [...this.secrets].sort(([a], [b]) => b.length - a.length);
  }

  /** Replaces every secret; `render` says how a placeholder is written (plain `$NAME` by default). */
  redact(text: string, render: (name: SecretName) => string = plain): string {
    if (!text || this.longestFirst.length === 0) return text;
    let out = text;
    for (const [form, name] of this.longestFirst) {
      if (out.includes(form)) out = out.split(form).join(render(name));
    }
    return out;
  }
}
