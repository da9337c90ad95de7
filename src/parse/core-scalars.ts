/**
 * YAML 1.2 core schema, resolved exactly as the `yaml` package resolves plain scalars: null, booleans, integers
 * (decimal, 0o octal, 0x hex) and floats; anything else is a string. Shared by the fast reader and the quick one.
 */
export const NULL = /^(?:~|[Nn]ull|NULL)?$/;
export const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
export const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
export const FLOAT =
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const NAN = /nan$/i;
const INF = /inf$/i;

export function toBool(s: string): boolean {
  return s[0] === 't' || s[0] === 'T';
}

export function toInt(s: string): number {
  if (s.startsWith('0o')) return Number.parseInt(s.slice(2), 8);
  if (s.startsWith('0x')) return Number.parseInt(s.slice(2), 16);
  return Number.parseInt(s, 10);
}

export function toFloat(s: string): number {
  if (NAN.test(s)) return Number.NaN;
  if (INF.test(s)) return s.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return Number.parseFloat(s);
}

/** The value of a plain scalar under the core schema. */
export function resolvePlain(s: string): unknown {
  // Only these first characters can start a null, boolean or number: most text is returned at once.
  const c = s.length === 0 ? 0 : s.charCodeAt(0);
  const kind = c < 128 ? MAY_RESOLVE[c] : 0;
  if (c !== 0 && kind === 0) return s;
  // A number holds only these characters: a paragraph such as `1(a)` is a string without trying the patterns.
  if (kind === 2) {
    for (let i = 1; i < s.length; i++) {
      const d = s.charCodeAt(i);
      if (d >= 128 || IN_NUMBER[d] !== 1) return s;
    }
  }
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return toBool(s);
  if (INT.test(s)) return toInt(s);
  if (FLOAT.test(s)) return toFloat(s);
  return s;
}

/** First characters of a null or boolean (1) and of a number (2). */
const MAY_RESOLVE = new Uint8Array(128);
for (const ch of '~nNtTfF') MAY_RESOLVE[ch.charCodeAt(0)] = 1;
for (const ch of '+-.0123456789') MAY_RESOLVE[ch.charCodeAt(0)] = 2;
/** Every character INT and FLOAT can match. */
const IN_NUMBER = new Uint8Array(128);
for (const ch of '+-.0123456789abcdefABCDEFoxinIN') IN_NUMBER[ch.charCodeAt(0)] = 1;
