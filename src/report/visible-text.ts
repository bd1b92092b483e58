/**
 * Text a target controls, made safe to show: every control character becomes visible as an escape
 * (ESC → `\x1b`, BEL → `\x07`, CR → `\r`), so that a server cannot clear the screen, retitle the
 * window, hide text or move the cursor. Line feeds and tabs stay (our own messages span lines);
 * our own colours are added after this, so they stay too.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

export function visible(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    if (char === '\r') return '\\r';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
