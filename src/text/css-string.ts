import { cleanOutput } from './sanitize.js';

// Kept as they are inside a CSS string: letters, digits, spaces and punctuation that ends nothing. Everything else
// (quotes, backslash, `<` and `>` that could close the <style> element, symbols) becomes a hex escape.
const PLAIN = /[\p{L}\p{M}\p{N} .,:;()\-–—·/]/u;

/**
 * Untrusted text as one quoted CSS string (`content: …`): control and bidirectional-override characters
 * removed (cleanOutput: only isolates paired within the text are kept, escaped), line breaks and tabs as spaces, every character that could end the string, the rule or the <style>
 * element written as a hex escape (`\22 ` for `"`).
 */
export function cssString(text: string): string {
  const flat = cleanOutput(text.replace(/\s+/g, ' ')).trim();
  let out = '';
  for (const char of flat) {
    out += PLAIN.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16)} `;
  }
  return `"${out}"`;
}
