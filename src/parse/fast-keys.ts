import { resolvePlain } from './core-scalars.js';
import { type Cursor, doubleQuoted, own, singleQuoted, startsPlain, str } from './fast-scalars.js';
import { hasHigh } from './byte-text.js';
import { COLON, DQUOTE, HASH, SPACE, SQUOTE, bail, skipSpaces } from './text-lines.js';

/** Characters a plain key may hold in YAML but that the fast reader leaves to the exact parser. */
const ODD_IN_KEY = new Uint8Array(128);
for (const ch of ',[]{}') ODD_IN_KEY[ch.charCodeAt(0)] = 1;

/**
 * The key of a block mapping entry starting at `pos` (before `end`, the end of the line), with `cursor.next` set
 * just after its `:`; undefined when no key starts there (a scalar or something else). Bails on keys the exact
 * parser might read otherwise or report: empty, prototype names, `<<`, keys that are not strings (`1:`, `null:`),
 * very long keys, and quoted keys not followed by `: `.
 */
export function readKey(cursor: Cursor, pos: number, end: number): string | undefined {
  const { text } = cursor;
  const c = text.charCodeAt(pos);
  if (c === DQUOTE || c === SQUOTE) {
    const key = c === DQUOTE ? doubleQuoted(cursor, pos, end) : singleQuoted(cursor, pos, end);
    const colon = skipSpaces(text, cursor.next, end);
    if (colon >= end || text.charCodeAt(colon) !== COLON) return undefined;
    if (colon + 1 < end && text.charCodeAt(colon + 1) !== SPACE) bail();
    cursor.next = colon + 1;
    return checkedKey(key);
  }
  if (!startsPlain(text, pos)) return undefined;
  // A file repeats a few dozen keys thousands of times: a key read before, right before its colon, is taken as
  // it is, with no new string and no new checks (it passed them all when first read, and the characters up to the
  // colon are the same). Two ways a slot: keys that share their first two characters (`source` and `sources`,
  // `action` and `actors`) follow each other in a checklist, and would otherwise push each other out.
  const slot = ((c * 61 + text.charCodeAt(pos + 1)) & (SLOTS - 1)) * 2;
  const hit =
    seenKeyAt(cursor, SEEN_KEYS[slot], pos, end) ?? seenKeyAt(cursor, SEEN_KEYS[slot + 1], pos, end);
  if (hit !== undefined) return hit;
  let colon = -1;
  let odd = false;
  for (let i = pos; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === COLON) {
      if (i + 1 === end || text.charCodeAt(i + 1) === SPACE) {
        colon = i;
        break;
      }
    } else if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return undefined;
    else if (ch < 128 && ODD_IN_KEY[ch] === 1) odd = true;
  }
  if (colon < 0) return undefined;
  let stop = colon;
  while (text.charCodeAt(stop - 1) === SPACE) stop--;
  cursor.next = colon + 1;
  const key = str(cursor, pos, stop);
  if (odd || key.length > 1000 || key.startsWith('---') || key.startsWith('...')) bail();
  if (typeof resolvePlain(key) !== 'string') bail();
  // Its own copy: a slice would keep this file's whole text alive for as long as the slot holds it.
  const copy = own(checkedKey(key));
  // The newer key takes the first way, the one it displaces the second.
  SEEN_KEYS[slot + 1] = SEEN_KEYS[slot];
  SEEN_KEYS[slot] = copy;
  return copy;
}

/** `seen`, when the text at `pos` holds it followed by its colon (with `cursor.next` set after the colon). */
function seenKeyAt(cursor: Cursor, seen: string | undefined, pos: number, end: number): string | undefined {
  const { text } = cursor;
  if (
    seen === undefined ||
    !text.startsWith(seen, pos) ||
    (cursor.high !== undefined && hasHigh(cursor.high, pos, pos + seen.length))
  )
    return undefined;
  const after = pos + seen.length;
  if (text.charCodeAt(after) !== COLON || (after + 1 !== end && text.charCodeAt(after + 1) !== SPACE))
    return undefined;
  cursor.next = after + 1;
  return seen;
}

/** Plain keys already read and checked, by their first two characters: two ways a slot, the latest first. */
const SLOTS = 256;
const SEEN_KEYS: (string | undefined)[] = new Array<string | undefined>(SLOTS * 2).fill(undefined);

/** The key, unless the fast reader leaves it to the exact parser. */
export function checkedKey(key: string): string {
  // Keys the exact parser reports or reads otherwise: empty, prototype names, the merge key `<<`.
  const n = key.length;
  if (n === 0 || (n === 2 && key === '<<')) bail();
  if ((n === 9 || n === 11) && (key === '__proto__' || key === 'prototype' || key === 'constructor')) bail();
  return key;
}
