import { LIMITS } from './limits.js';
import { decodeBytes, type HighRuns } from './byte-text.js';
import {
  blockScalar,
  cursorOf,
  doubleQuoted,
  forgetSeenValues,
  plainScalar,
  putItem,
  singleQuoted,
  takeItems,
  type Cursor,
} from './fast-scalars.js';
import { flowCollection } from './fast-flow.js';
import { readKey } from './fast-keys.js';
import {
  BAIL,
  DQUOTE,
  HASH,
  SQUOTE,
  bail,
  contentLine,
  indentAt,
  isDash,
  lineEnd,
  nextLine,
  restIsEmpty,
  skipSpaces,
} from './text-lines.js';

/**
 * A fast reader for the block-style YAML that checklists and answers files are written in: block mappings and
 * sequences, comments, plain, quoted and block scalars, and flow collections on one line, resolved with the
 * YAML 1.2 core schema exactly as the `yaml` package does. It builds only the data, about as fast as
 * `JSON.parse` of the same content; positions are found later, only for paths with findings (fast-locate.ts).
 *
 * It never guesses: anything it does not fully understand (anchors, aliases, tags, directives, complex keys,
 * duplicate or prototype keys, tabs, several documents, odd indentation, nesting past the limit, any syntax
 * error) makes it return undefined, and the other readers take the file. Never throws.
 *
 * `copyStrings` (the default) copies each string out of the text, so the text can be freed while the data lives
 * on; a caller that drops the data with the text skips the copies (a tenth of the reading time).
 */
export function fastData(
  text: string,
  copyStrings = true,
  high?: HighRuns,
): Record<string, unknown> | undefined {
  if (!(high === undefined ? plainText(text) : plainBytes(text, high))) return undefined;
  try {
    return readDocument(cursorOf(text, copyStrings, high));
  } catch (error) {
    if (error === BAIL) return undefined;
    // A mistake here must not cost the user a result: the other readers still read the file.
    return undefined;
  } finally {
    forgetSeenValues();
  }
}

/** Start of the document's root mapping: after a byte-order mark, comments and one `---` line. */
export function documentStart(text: string): number {
  let line = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let marker = false;
  for (;;) {
    line = contentLine(text, line);
    if (!text.startsWith('---', line)) return line;
    const end = lineEnd(text, line);
    if (marker || skipSpaces(text, line + 3, end) !== end) bail();
    marker = true;
    line = nextLine(text, end);
  }
}

function readDocument(cursor: Cursor): Record<string, unknown> {
  const { text } = cursor;
  const start = documentStart(text);
  if (start >= text.length) bail();
  const col = indentAt(text, start);
  if (isDash(text, start + col)) bail();
  const root = blockMap(cursor, col, start + col, 1);
  if (contentLine(text, cursor.next) < text.length) bail();
  return root;
}

/** A block mapping whose first key is at `pos`, in column `col`; the following keys start lines at `col`. */
function blockMap(cursor: Cursor, col: number, pos: number, depth: number): Record<string, unknown> {
  if (depth > LIMITS.maxDepth) bail();
  const { text } = cursor;
  const map: Record<string, unknown> = {};
  let keyPos = pos;
  for (;;) {
    const end = lineEnd(text, keyPos);
    const key = readKey(cursor, keyPos, end);
    // A key seen before, or one Object.prototype has (`toString`), is left to the exact parser.
    if (key === undefined || map[key] !== undefined) bail();
    map[key] = value(cursor, cursor.next, end, col, depth, true);
    const line = contentLine(text, cursor.next);
    cursor.next = line;
    if (line >= text.length) return map;
    const indent = indentAt(text, line);
    if (indent < col) return map;
    if (indent > col || isDash(text, line + indent)) bail();
    keyPos = line + indent;
  }
}

/** A block sequence whose first dash is at `pos`, in column `col`. */
function blockSeq(cursor: Cursor, col: number, pos: number, depth: number): unknown[] {
  if (depth > LIMITS.maxDepth) bail();
  const { text } = cursor;
  const base = cursor.top;
  let dash = pos;
  for (;;) {
    const end = lineEnd(text, dash);
    putItem(cursor, value(cursor, dash + 1, end, col, depth, false));
    const line = contentLine(text, cursor.next);
    cursor.next = line;
    if (line >= text.length) return takeItems(cursor, base);
    const indent = indentAt(text, line);
    if (indent < col) return takeItems(cursor, base);
    if (indent > col) bail();
    if (!isDash(text, line + indent)) return takeItems(cursor, base);
    dash = line + indent;
  }
}

/**
 * The value after a key's `:` or an entry's `-` at `pos` on a line ending at `end`, owned by the mapping or
 * sequence in column `ownerCol` at `depth`: on the same line, or a block collection on the following lines, or
 * null. `cursor.next` is left at the start of a line after the value.
 */
function value(
  cursor: Cursor,
  pos: number,
  end: number,
  ownerCol: number,
  depth: number,
  inMap: boolean,
): unknown {
  const { text } = cursor;
  const start = skipSpaces(text, pos, end);
  if (start === end || text.charCodeAt(start) === HASH) {
    const after = nextLine(text, end);
    const line = contentLine(text, after);
    cursor.next = after;
    if (line >= text.length) return null;
    const indent = indentAt(text, line);
    if (indent > ownerCol) return blockNode(cursor, indent, line + indent, depth + 1);
    if (indent === ownerCol && inMap && isDash(text, line + indent))
      return blockSeq(cursor, indent, line + indent, depth + 1);
    return null;
  }
  // After an entry's dash (at `pos - 1`, in column `ownerCol`), a value starting at `start` is in the column
  // ownerCol + start - pos + 1: no search back for its line's start.
  return inline(cursor, start, end, ownerCol, depth, inMap, ownerCol + start - pos + 1);
}

/** A block collection starting a line at `pos` (column `col`); a lone scalar there is left to the exact parser. */
function blockNode(cursor: Cursor, col: number, pos: number, depth: number): unknown {
  return isDash(cursor.text, pos) ? blockSeq(cursor, col, pos, depth) : blockMap(cursor, col, pos, depth);
}

/** A value starting at `pos` on a line that holds its key or dash; `column`, that of `pos` after a dash. */
function inline(
  cursor: Cursor,
  pos: number,
  end: number,
  ownerCol: number,
  depth: number,
  inMap: boolean,
  column: number,
): unknown {
  const { text } = cursor;
  const c = text.charCodeAt(pos);
  if (c === 91 || c === 123) return closeLine(cursor, flowCollection(cursor, pos, end, depth + 1), end);
  if (c === 124 || c === 62) return blockScalar(cursor, pos, end, ownerCol);
  if (!inMap) {
    // `- key: value` starts a mapping in the column of its key.
    if (isDash(text, pos)) bail();
    if (readKey(cursor, pos, end) !== undefined) return blockMap(cursor, column, pos, depth + 1);
  }
  if (c === DQUOTE) return closeLine(cursor, doubleQuoted(cursor, pos, end), end);
  if (c === SQUOTE) return closeLine(cursor, singleQuoted(cursor, pos, end), end);
  return plainScalar(cursor, pos, end, ownerCol);
}

/** The column (0-based) of `pos` in its line; a byte-order mark starting the text takes none. */
export function columnOf(text: string, pos: number): number {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  return pos - (start === 0 && text.charCodeAt(0) === 0xfeff ? 1 : start);
}

/** After a value that ends mid-line: only spaces or a comment may follow it. */
function closeLine<T>(cursor: Cursor, result: T, end: number): T {
  if (!restIsEmpty(cursor.text, cursor.next, end)) bail();
  cursor.next = nextLine(cursor.text, end);
  return result;
}

/**
 * Whether a text holds only what the fast reader handles: no tab, no carriage return outside `\r\n`, no control
 * or other odd character, a final line break, and brackets nested no deeper than the limit (counted over the
 * whole text, strings included, as the exact parser's guard does).
 */
function plainText(text: string): boolean {
  if (!plainLines(text)) return false;
  // One search finds an odd character or a surrogate. Surrogates are rare (emoji, some scripts): only a text with
  // some is searched for lone ones, and then the rest of it for odd characters.
  ODD_OR_SURROGATE.lastIndex = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = ODD_OR_SURROGATE.exec(text);
  if (first) {
    const c = text.charCodeAt(first.index);
    if (c < 0xd800 || c > 0xdfff || LONE_SURROGATE.test(text)) return false;
    ODD.lastIndex = first.index;
    if (ODD.test(text)) return false;
  }
  return !bracketsTooDeep(text);
}

/** plainText for a byte string (byte-text.ts): ASCII searched as such, the other characters decoded run by run. */
function plainBytes(text: string, high: HighRuns): boolean {
  if (!plainLines(text)) return false;
  for (let i = 0; i < high.length; i += 2) {
    // A run holds control characters or bytes past ASCII (byte-text.ts); valid UTF-8 (read-text.ts checks it)
    // holds no surrogate, so only odd characters can be found once it is decoded.
    const run = text.slice(high[i], high[i + 1]);
    if (run.charCodeAt(0) < 0x80 || ODD_CHARACTER.test(decodeBytes(run))) return false;
  }
  return !bracketsTooDeep(text);
}

/** A final line break, no tab, and no carriage return but before a line feed. */
function plainLines(text: string): boolean {
  if (text.length === 0 || text.charCodeAt(text.length - 1) !== 10) return false;
  if (text.includes('\t')) return false;
  for (let r = text.indexOf('\r'); r >= 0; r = text.indexOf('\r', r + 1)) {
    if (text.charCodeAt(r + 1) !== 10) return false;
  }
  return true;
}

// Control characters, C1, line and paragraph separators, a BOM past the start, non-characters.
const ODD =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
const ODD_OR_SURROGATE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/g;
// ODD, not global, for a decoded run.
const ODD_CHARACTER = new RegExp(ODD.source);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const BRACKETS = /[[\]{}]/g;

function bracketsTooDeep(text: string): boolean {
  // Nesting past the limit takes more opening brackets than the limit: two native searches find that most files
  // hold fewer (block-style YAML holds few or none), and the scan below is left for the others.
  if (fewerOpenings(text, LIMITS.maxDepth + 1)) return false;
  let depth = 0;
  BRACKETS.lastIndex = 0;
  for (let m = BRACKETS.exec(text); m; m = BRACKETS.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c === 91 || c === 123) {
      if (++depth > LIMITS.maxDepth) return true;
    } else if (depth > 0) depth--;
  }
  return false;
}

/** Whether the text holds fewer than `n` opening brackets (`[` and `{`), counted only up to `n`. */
function fewerOpenings(text: string, n: number): boolean {
  let count = 0;
  for (let i = text.indexOf('['); i >= 0 && count < n; i = text.indexOf('[', i + 1)) count++;
  for (let i = text.indexOf('{'); i >= 0 && count < n; i = text.indexOf('{', i + 1)) count++;
  return count < n;
}
