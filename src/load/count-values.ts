import { LIMITS } from '../parse/limits.js';
import { translator } from '../i18n/format.js';
import { currentLanguage } from '../i18n/index.js';

/**
 * Counts, without parsing, about how many values (keys, scalars, lists and maps) a YAML text holds: two for each
 * `key: value` indicator, one for each list dash, flow comma and opening bracket. Text inside strings counts too,
 * so this is an upper estimate; it stops counting once past `limit`. Runs before any parser, so a file of
 * millions of tiny values (`x: [0,0,0,...]`) is refused before a parser spends gigabytes on it.
 */
export function countValues(text: string, limit: number = LIMITS.maxValues): number {
  // Counting each indicator with indexOf (a native search) is a few times faster than a loop over every
  // character; the loop runs only for a text past the limit, to stop where it always has.
  const total = 1 + occurrences(text, ',') + occurrences(text, '[') + occurrences(text, '{');
  const count = total + valueIndicators(text, ':', 2) + valueIndicators(text, '-', 1);
  return count <= limit ? count : countUpTo(text, limit);
}

function occurrences(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** `weight` for each `ch` followed by a space, a tab, a line break or the end of the text. */
function valueIndicators(text: string, ch: string, weight: number): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : SPACE;
    if (next === SPACE || next === NEWLINE || next === TAB || next === RETURN) n += weight;
  }
  return n;
}

function countUpTo(text: string, limit: number): number {
  let count = 1;
  for (let i = 0; i < text.length && count <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === OPEN_SQUARE || c === OPEN_CURLY) count++;
    else if (c === COLON || c === DASH) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : SPACE;
      if (next === SPACE || next === NEWLINE || next === TAB || next === RETURN) count += c === COLON ? 2 : 1;
    }
  }
  return count;
}

/** The one line refusing a file with more values than the limit. */
export function tooManyValues(name: string): string {
  // Grouped ("1,000,000"), unlike the counts the translator prints.
  const limit = new Intl.NumberFormat(currentLanguage()).format(LIMITS.maxValues);
  return translator()('cli.load.tooManyValues', { file: name, limit });
}

const COMMA = 44;
const OPEN_SQUARE = 91;
const OPEN_CURLY = 123;
const COLON = 58;
const DASH = 45;
const SPACE = 32;
const NEWLINE = 10;
const TAB = 9;
const RETURN = 13;
