import { resolvePlain } from './core-scalars.js';
import {
  type Cursor,
  doubleQuoted,
  kept,
  putItem,
  singleQuoted,
  startsPlain,
  str,
  takeItems,
} from './fast-scalars.js';
import { checkedKey } from './fast-keys.js';
import { COLON, DQUOTE, HASH, SPACE, SQUOTE, bail, skipSpaces } from './text-lines.js';
import { LIMITS } from './limits.js';

/** Called for each entry of the outermost collection: its key (or index) and where the key and value start. */
export type FlowEntry = (key: string | number, keyPos: number, valuePos: number) => void;

/**
 * A flow sequence or mapping (`[a, 'b']`, `{ key: none, value: 0 }`) starting at `pos` and closed before `end`
 * (the end of its line), at nesting `depth`; `cursor.next` is set after its closing bracket. Declines what the
 * fast reader does not vouch for: collections over several lines, trailing commas, entries without a value,
 * implicit keys in sequences, comments inside, duplicate or odd keys.
 */
export function flowCollection(
  cursor: Cursor,
  pos: number,
  end: number,
  depth: number,
  entry?: FlowEntry,
): unknown {
  if (depth > LIMITS.maxDepth) bail();
  const { text } = cursor;
  const isMap = text.charCodeAt(pos) === 123;
  const close = isMap ? 125 : 93;
  const base = cursor.top;
  const map: Record<string, unknown> = {};
  let p = skipSpaces(text, pos + 1, end);
  if (text.charCodeAt(p) === close && p < end) {
    cursor.next = p + 1;
    return isMap ? map : [];
  }
  for (;;) {
    if (isMap) {
      const keyPos = p;
      const key = flowKey(cursor, p, end);
      if (map[key] !== undefined) bail();
      const valuePos = skipSpaces(text, cursor.next, end);
      map[key] = flowItem(cursor, valuePos, end, depth);
      entry?.(key, keyPos, valuePos);
    } else {
      entry?.(cursor.top - base, p, p);
      putItem(cursor, flowItem(cursor, p, end, depth));
    }
    p = skipSpaces(text, cursor.next, end);
    const c = text.charCodeAt(p);
    if (p >= end) bail();
    if (c === close) {
      cursor.next = p + 1;
      return isMap ? map : takeItems(cursor, base);
    }
    if (c !== 44) bail();
    p = skipSpaces(text, p + 1, end);
    if (p >= end || text.charCodeAt(p) === close) bail();
  }
}

/** A flow mapping key and its `: `; `cursor.next` is after the colon. */
function flowKey(cursor: Cursor, pos: number, end: number): string {
  const { text } = cursor;
  const c = text.charCodeAt(pos);
  let key: string;
  let colon: number;
  if (c === DQUOTE || c === SQUOTE) {
    key = c === DQUOTE ? doubleQuoted(cursor, pos, end) : singleQuoted(cursor, pos, end);
    colon = skipSpaces(text, cursor.next, end);
  } else {
    colon = plainEnd(text, pos, end);
    let stop = colon;
    while (text.charCodeAt(stop - 1) === SPACE) stop--;
    key = str(cursor, pos, stop);
    if (!startsPlain(text, pos) || typeof resolvePlain(key) !== 'string') bail();
  }
  if (colon + 1 >= end || text.charCodeAt(colon) !== COLON || text.charCodeAt(colon + 1) !== SPACE) bail();
  cursor.next = colon + 1;
  return checkedKey(key);
}

/** A value inside a flow collection: a nested collection, a quoted scalar or a plain one. */
function flowItem(cursor: Cursor, pos: number, end: number, depth: number): unknown {
  const { text } = cursor;
  const c = text.charCodeAt(pos);
  if (c === 91 || c === 123) return flowCollection(cursor, pos, end, depth + 1);
  if (c === DQUOTE) return doubleQuoted(cursor, pos, end);
  if (c === SQUOTE) return singleQuoted(cursor, pos, end);
  if (pos >= end || !startsPlain(text, pos)) bail();
  const stop = plainEnd(text, pos, end);
  const s = text.charCodeAt(stop);
  // A plain scalar in a flow collection ends at `,` or the closing bracket; anything else is left to the exact parser.
  if (stop >= end || !(s === 44 || s === 93 || s === 125)) bail();
  let last = stop;
  while (text.charCodeAt(last - 1) === SPACE) last--;
  cursor.next = last;
  const value = resolvePlain(str(cursor, pos, last));
  return typeof value === 'string' ? kept(cursor, value) : value;
}

/** Where a plain scalar in a flow collection stops: a flow indicator, `: `, ` #`, or the end of the line. */
function plainEnd(text: string, pos: number, end: number): number {
  for (let i = pos; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125) return i;
    if (c === COLON) {
      const n = text.charCodeAt(i + 1);
      if (i + 1 >= end || n === SPACE || n === 44 || n === 91 || n === 93 || n === 123 || n === 125) return i;
    }
    if (c === HASH && text.charCodeAt(i - 1) === SPACE) return i;
  }
  return end;
}
