import { resolvePlain } from './core-scalars.js';
import { decodeBytes, hasHigh, type HighRuns } from './byte-text.js';
import {
  COLON,
  DASH,
  DQUOTE,
  HASH,
  NL,
  SPACE,
  SQUOTE,
  bail,
  lineEnd,
  nextLine,
  skipSpaces,
} from './text-lines.js';

/**
 * Scalars for the fast reader: quoted on one line, plain (folded over several lines), literal and folded block
 * scalars. Anything these do not fully understand bails out (see fast-read.ts). Each function returns the value
 * and leaves in `cursor.next` the start of the line after the scalar's last line (or, for quoted scalars, the
 * position after the closing quote).
 */
export interface Cursor {
  text: string;
  next: number;
  /**
   * Whether the strings read are copied out of the text (own), so the text can be freed while the data lives on.
   * A caller that keeps the text as long as the data (to locate findings) needs no copies.
   */
  copy: boolean;
  /** The runs of bytes past ASCII when the text is a byte string (byte-text.ts): strings holding one are decoded. */
  high?: HighRuns;
  /**
   * Where the sequences being read collect their items, the innermost one's on top (`items[top - 1]`), so each is
   * made at its exact length once it ends (takeItems): an array grown by push from empty holds 17 slots for one item.
   */
  items: unknown[];
  top: number;
}

/** A new cursor at the start of `text`. */
export function cursorOf(text: string, copy: boolean, high?: HighRuns): Cursor {
  return { text, next: 0, copy, high, items: [], top: 0 };
}

/** Puts the next item of the sequence being read on the cursor's stack (see Cursor.items). */
export function putItem(cursor: Cursor, item: unknown): void {
  cursor.items[cursor.top++] = item;
}

/** The items put since the stack's top was `base`, as an array of their exact number; the stack goes back to base. */
export function takeItems(cursor: Cursor, base: number): unknown[] {
  const seq = cursor.items.slice(base, cursor.top);
  cursor.top = base;
  return seq;
}

/** The string from `start` to `end` of the cursor's text (decoded, in a byte string that needs it). */
export function str(cursor: Cursor, start: number, end: number): string {
  const s = cursor.text.slice(start, end);
  return cursor.high === undefined || !hasHigh(cursor.high, start, end) ? s : decodeBytes(s);
}

/** Characters a plain scalar may not start with (`-` is checked apart: it may start "-7"). */
const INDICATOR = new Uint8Array(128);
for (const ch of '?:,[]{}#&*!|>\'"%@`') INDICATOR[ch.charCodeAt(0)] = 1;

export function startsPlain(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c < 128 && INDICATOR[c] === 1) return false;
  if (c === DASH) {
    // `-` starts a plain scalar only before a character that could go on one (not a flow indicator either).
    const next = text.charCodeAt(pos + 1);
    return pos + 1 < text.length && !(next < 128 && AFTER_DASH[next] === 1);
  }
  return true;
}

const AFTER_DASH = new Uint8Array(128);
for (const ch of ' \r\n,[]{}') AFTER_DASH[ch.charCodeAt(0)] = 1;

/** V8 copies strings shorter than this when slicing; longer ones are slices that keep the whole text alive. */
const OWN_FROM = 13;

/** A string of its own (not a slice of the file's text), so the text can be freed once parsing ends. */
export function own(s: string): string {
  return s.length < OWN_FROM ? s : (' ' + s).slice(1);
}

/** The string as the data keeps it: its own copy when the cursor asks for copies, else the slice itself. */
export function kept(cursor: Cursor, s: string): string {
  return cursor.copy ? own(s) : s;
}

/** A double-quoted scalar on one line, starting at `pos` (the quote); `cursor.next` is after the closing quote. */
export function doubleQuoted(cursor: Cursor, pos: number, end: number): string {
  const { text } = cursor;
  const close = charIn(text, DQUOTE, pos + 1, end);
  if (close < 0) bail();
  if (charIn(text, 92, pos + 1, close) < 0) {
    cursor.next = close + 1;
    return kept(cursor, str(cursor, pos + 1, close));
  }
  let out = '';
  let from = pos + 1;
  let i = pos + 1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === DQUOTE) {
      cursor.next = i + 1;
      return out + str(cursor, from, i);
    }
    if (c !== 92) {
      i++;
      continue;
    }
    out += str(cursor, from, i);
    const [piece, length] = unescape(text, i + 1, end);
    out += piece;
    i += 1 + length;
    from = i;
  }
  return bail();
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};

const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** The character an escape stands for, and how many characters after the backslash it takes. */
function unescape(text: string, pos: number, end: number): [string, number] {
  const ch = text[pos] ?? '';
  const simple = Object.hasOwn(SIMPLE_ESCAPES, ch) ? SIMPLE_ESCAPES[ch] : undefined;
  if (simple !== undefined) return [simple, 1];
  const digits = Object.hasOwn(HEX_LENGTH, ch) ? (HEX_LENGTH[ch] ?? 0) : 0;
  if (digits === 0 || pos + 1 + digits > end) bail();
  const hex = text.slice(pos + 1, pos + 1 + digits);
  if (!/^[0-9a-fA-F]+$/.test(hex)) bail();
  const code = Number.parseInt(hex, 16);
  // Lone surrogates and code points past Unicode are left to the exact parser.
  if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) bail();
  return [String.fromCodePoint(code), 1 + digits];
}

/** A single-quoted scalar on one line, starting at `pos` (the quote); `cursor.next` is after the closing quote. */
export function singleQuoted(cursor: Cursor, pos: number, end: number): string {
  const { text } = cursor;
  let out = '';
  let from = pos + 1;
  for (;;) {
    const close = charIn(text, SQUOTE, from, end);
    if (close < 0) bail();
    if (text.charCodeAt(close + 1) === SQUOTE && close + 1 < end) {
      out += str(cursor, from, close + 1);
      from = close + 2;
      continue;
    }
    cursor.next = close + 1;
    return out === '' ? kept(cursor, str(cursor, from, close)) : out + str(cursor, from, close);
  }
}

/** Whether the last line plainStop looked at ended in a comment. */
let commentSeen = false;

/** Where a plain scalar's line from `pos` to `end` stops, before a comment or trailing spaces; bails on `: `. */
function plainStop(text: string, pos: number, end: number): number {
  let stop = end;
  commentSeen = false;
  for (let i = pos; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) {
      if (text.charCodeAt(i + 1) === HASH && i + 1 < end) {
        stop = i;
        commentSeen = true;
        break;
      }
    } else if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) bail();
  }
  while (stop > pos && text.charCodeAt(stop - 1) === SPACE) stop--;
  if (text.charCodeAt(stop - 1) === COLON) bail();
  return stop;
}

/** Position of the character `code` in `text` from `from` up to (not including) `end`, or -1. */
export function charIn(text: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/**
 * A plain scalar in block context starting at `pos`, continued on following lines indented past `ownerCol`
 * (folded: one line break is a space, n empty lines are n line breaks), resolved with the core schema.
 */
export function plainScalar(cursor: Cursor, pos: number, end: number, ownerCol: number): unknown {
  const { text } = cursor;
  if (!startsPlain(text, pos)) bail();
  const firstStop = plainStop(text, pos, end);
  const firstComment = commentSeen;
  // The scalar's text, once it goes on past its first line.
  let value: string | undefined;
  let line = nextLine(text, end);
  let after = line;
  let breaks = 0;
  while (line < text.length) {
    const start = skipSpaces(text, line, text.length);
    const c = text.charCodeAt(start);
    if (c === 10 || c === 13 || start >= text.length) {
      breaks++;
      line = nextLine(text, start);
      continue;
    }
    if (start - line <= ownerCol || c === HASH) break;
    const lineStop = lineEnd(text, start);
    // A comment ends a plain scalar; a line after it would be an error, left to the exact parser.
    if (firstComment || !startsPlain(text, start) || c === DASH) bail();
    const stop = plainStop(text, start, lineStop);
    if (commentSeen) bail();
    value ??= str(cursor, pos, firstStop);
    value += breaks > 0 ? '\n'.repeat(breaks) : ' ';
    value += str(cursor, start, stop);
    breaks = 0;
    line = nextLine(text, lineStop);
    after = line;
  }
  cursor.next = after;
  return value === undefined ? onePlainLine(cursor, pos, firstStop) : resolvePlain(value);
}

/**
 * A plain scalar on one line, from `pos` to `stop`. A string seen before in the same text (a file repeats its
 * kinds, themes, actors, bases and sources thousands of times) is the same string again: no new one is made.
 */
function onePlainLine(cursor: Cursor, pos: number, stop: number): unknown {
  const { text } = cursor;
  const length = stop - pos;
  const slot = (text.charCodeAt(pos) * 31 + length) & (SEEN_VALUES.length - 1);
  const seen = SEEN_VALUES[slot];
  if (
    seen !== undefined &&
    seen.length === length &&
    text.startsWith(seen, pos) &&
    (cursor.high === undefined || !hasHigh(cursor.high, pos, stop))
  )
    return seen;
  const resolved = resolvePlain(str(cursor, pos, stop));
  if (typeof resolved !== 'string') return resolved;
  const value = kept(cursor, resolved);
  if (length <= MAX_SEEN_LENGTH) SEEN_VALUES[slot] = value;
  return value;
}

/** Plain one-line strings read in the current text, by first character and length (a slot holds the latest). */
const SEEN_VALUES: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
/** Longer strings are rarely repeated word for word. */
const MAX_SEEN_LENGTH = 64;

/** Forgets the strings of the text just read (they may be slices of it, which must not outlive it). */
export function forgetSeenValues(): void {
  SEEN_VALUES.fill(undefined);
}

/**
 * A literal (`|`) or folded (`>`) block scalar whose header is at `pos`, with clip or strip (`-`) chomping and
 * its indentation found from its first line, which must be indented past `ownerCol`. Declines keep chomping
 * (`+`), indentation indicators, leading empty lines, lines of spaces longer than the indentation, more-indented
 * lines in a folded scalar and a scalar running to the end of a text without a final line break.
 */
export function blockScalar(cursor: Cursor, pos: number, end: number, ownerCol: number): string {
  const { text } = cursor;
  const folded = text.charCodeAt(pos) === 62;
  let p = pos + 1;
  const strip = text.charCodeAt(p) === DASH;
  if (strip) p++;
  const rest = skipSpaces(text, p, end);
  if (!(rest === end || (rest > p && text.charCodeAt(rest) === HASH))) bail();
  const first = nextLine(text, end);
  const indent = skipSpaces(text, first, text.length) - first;
  const firstChar = text.charCodeAt(first + indent);
  if (indent <= ownerCol || firstChar === 10 || firstChar === 13 || first + indent >= text.length) bail();
  // Each line's start and end go on the cursor's stack (Cursor.items); its string is made once the scalar ends.
  const base = cursor.top;
  let line = first;
  let after = first;
  let blanks = 0;
  while (line < text.length) {
    const start = skipSpaces(text, line, text.length);
    const c = text.charCodeAt(start);
    const stop = lineEnd(text, start);
    if (stop === start) {
      if (start - line > indent) bail();
      if (start >= text.length) break;
      blanks++;
      line = nextLine(text, start);
      continue;
    }
    if (start - line < indent) break;
    if (folded && start - line > indent) bail();
    if (stop >= text.length || c === 9) bail();
    for (; blanks > 0; blanks--) {
      putItem(cursor, 0);
      putItem(cursor, 0);
    }
    putItem(cursor, line + indent);
    putItem(cursor, stop);
    line = nextLine(text, stop);
    after = line;
  }
  cursor.next = after;
  const { items, top } = cursor;
  cursor.top = base;
  const count = (top - base) / 2;
  if (count === 1) {
    // One line is itself, folded or not; clipped, it ends in the line break that follows it in the text.
    const to = items[base + 1] as number;
    if (strip) return kept(cursor, spanAt(cursor, base));
    return kept(
      cursor,
      text.charCodeAt(to) === NL ? str(cursor, items[base] as number, to + 1) : spanAt(cursor, base) + '\n',
    );
  }
  if (folded) {
    const lines = new Array<string>(count);
    for (let i = 0; i < count; i++) lines[i] = spanAt(cursor, base + 2 * i);
    return strip ? fold(lines) : fold(lines) + '\n';
  }
  // Clipped, an empty last line makes the join end in the line break: one flat string, not a pair of them.
  const lines = new Array<string>(strip ? count : count + 1);
  for (let i = 0; i < count; i++) lines[i] = spanAt(cursor, base + 2 * i);
  if (!strip) lines[count] = '';
  return lines.join('\n');
}

/** The string of the span whose start and end are on the cursor's stack at `at` and `at + 1` (past its top). */
function spanAt(cursor: Cursor, at: number): string {
  return str(cursor, cursor.items[at] as number, cursor.items[at + 1] as number);
}

/** Folded block scalar lines joined: a single line break is a space, each empty line a line break. */
function fold(lines: readonly string[]): string {
  let out = lines[0] ?? '';
  let blanks = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      blanks++;
      continue;
    }
    out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    out += line;
    blanks = 0;
  }
  return out;
}
