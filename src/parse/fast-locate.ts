import type { Cursor } from './fast-scalars.js';
import { readKey } from './fast-keys.js';
import { flowCollection } from './fast-flow.js';
import { columnOf, documentStart } from './fast-read.js';
import { HASH, contentLine, indentAt, isDash, lineEnd, nextLine, skipSpaces } from './text-lines.js';

/**
 * Finds where a path's node starts in a text the fast reader accepted, by walking the text again along the
 * path, with the same line rules as the reader: the offset the exact parser's `locate` gives (the start of the
 * value node, or of its key with `atKey`; the nearest existing parent when the path does not exist). Each
 * collection on a path is indexed on first use, so locating many paths reads each line a bounded number of times.
 */
export class FastLocator {
  private readonly maps = new Map<number, Map<string, [number, number]>>();
  private readonly seqs = new Map<number, number[]>();
  private readonly cursor: Cursor;
  private readonly root: number;

  constructor(private readonly text: string) {
    this.cursor = { text, next: 0 };
    const start = documentStart(text);
    this.root = start + indentAt(text, start);
  }

  /** The offset of the node at `path` (see the class). */
  offset(path: readonly (string | number)[], atKey = false): number {
    let node = this.root;
    let flow = false;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i];
      const c = this.text.charCodeAt(node);
      flow ||= c === 123 || c === 91;
      const kind = flow ? (c === 123 ? 'map' : c === 91 ? 'seq' : 'scalar') : this.kindAt(node);
      if (kind === 'map') {
        const entry = this.mapAt(node).get(String(segment));
        if (!entry) break;
        if (i === path.length - 1 && atKey) return entry[0];
        node = entry[1];
      } else if (kind === 'seq') {
        const item = this.seqAt(node)[Number(segment)];
        if (item === undefined) break;
        node = item;
      } else break;
    }
    return node;
  }

  private kindAt(pos: number): 'map' | 'seq' | 'scalar' {
    const { text } = this;
    const c = text.charCodeAt(pos);
    if (isDash(text, pos)) return 'seq';
    if (c === HASH || c === 124 || c === 62 || pos >= text.length) return 'scalar';
    const end = lineEnd(text, pos);
    if (pos === end) return 'scalar';
    return readKey(this.cursor, pos, end) === undefined ? 'scalar' : 'map';
  }

  private mapAt(pos: number): Map<string, [number, number]> {
    let entries = this.maps.get(pos);
    if (entries) return entries;
    entries = new Map();
    this.maps.set(pos, entries);
    const { text } = this;
    const end = lineEnd(text, pos);
    if (text.charCodeAt(pos) === 123) {
      const found = entries;
      flowCollection(this.cursor, pos, end, 0, (key, keyPos, valuePos) => {
        if (!found.has(String(key))) found.set(String(key), [keyPos, valuePos]);
      });
      return entries;
    }
    const col = columnOf(text, pos);
    for (let keyPos: number | undefined = pos; keyPos !== undefined;) {
      const lineStop = lineEnd(text, keyPos);
      const key = readKey(this.cursor, keyPos, lineStop) ?? '';
      if (!entries.has(key)) entries.set(key, [keyPos, this.valueAt(this.cursor.next, lineStop, col, true)]);
      keyPos = this.following(lineStop, col, false);
    }
    return entries;
  }

  private seqAt(pos: number): number[] {
    let items = this.seqs.get(pos);
    if (items) return items;
    items = [];
    this.seqs.set(pos, items);
    const { text } = this;
    if (text.charCodeAt(pos) === 91) {
      const found = items;
      flowCollection(this.cursor, pos, lineEnd(text, pos), 0, (_, itemPos) => found.push(itemPos));
      return items;
    }
    const col = columnOf(text, pos);
    for (let dash: number | undefined = pos; dash !== undefined;) {
      const lineStop = lineEnd(text, dash);
      items.push(this.valueAt(dash + 1, lineStop, col, false));
      dash = this.following(lineStop, col, true);
    }
    return items;
  }

  /** Where the value after a `:` or `-` at `pos` starts (see fast-read.ts, value()). */
  private valueAt(pos: number, end: number, ownerCol: number, inMap: boolean): number {
    const { text } = this;
    const start = skipSpaces(text, pos, end);
    if (start < end && text.charCodeAt(start) !== HASH) return start;
    const line = contentLine(text, nextLine(text, end));
    if (line >= text.length) return start;
    const indent = indentAt(text, line);
    if (indent > ownerCol || (indent === ownerCol && inMap && isDash(text, line + indent)))
      return line + indent;
    return start;
  }

  /** The next key (or dash, for `dashes`) in column `col` after the line ending at `end`, skipping deeper lines. */
  private following(end: number, col: number, dashes: boolean): number | undefined {
    const { text } = this;
    let line = nextLine(text, end);
    for (;;) {
      line = contentLine(text, line);
      if (line >= text.length) return undefined;
      const indent = indentAt(text, line);
      if (indent < col) return undefined;
      if (indent === col) {
        const dash = isDash(text, line + indent);
        if (dash === dashes) return line + indent;
        // A sequence in the column of its mapping's keys belongs to the key before it.
        if (dashes || !dash) return undefined;
      }
      line = nextLine(text, line);
    }
  }
}
