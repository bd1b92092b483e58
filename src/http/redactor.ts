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

export class Redactor {
  private readonly secrets = new Map<string, SecretName>();

  add(value: string | undefined, name: SecretName): void {
    if (!value) return;
    for (const form of secretForms(value)) {
      if (!this.secrets.has(form)) this.secrets.set(form, name);
    }
  }

  /** Replaces every secret; `render` says how a placeholder is written (plain `$NAME` by default). */
  redact(text: string, render: (name: SecretName) => string = (name) => `$${name}`): string {
    if (!text || this.secrets.size === 0) return text;
    // Longest first, so that a secret containing another is replaced whole.
    const forms = [...this.secrets.keys()].sort((a, b) => b.length - a.length);
    let out = text;
    for (const form of forms) {
      const name = this.secrets.get(form) as SecretName;
      if (out.includes(form)) out = out.split(form).join(render(name));
    }
    return out;
  }
}
