import { cursorOf, type Cursor } from './fast-scalars.js';
import type { HighRuns } from './byte-text.js';
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
  private readonly maps = new Map<number, Entries<string>>();
  private readonly seqs = new Map<number, Entries<number>>();
  private readonly cursor: Cursor;
  private readonly root: number;

  constructor(
    private readonly text: string,
    high?: HighRuns,
  ) {
    this.cursor = cursorOf(text, false, high);
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
        const entry = this.entryOf(this.maps, node, String(segment), true);
        if (!entry) break;
        if (i === path.length - 1 && atKey) return entry[0];
        node = entry[1];
      } else if (kind === 'seq') {
        const index = Number(segment);
        // Only whole indexes name an item (as `items[index]` does in the exact locator).
        if (!Number.isInteger(index) || index < 0) break;
        const item = this.entryOf(this.seqs, node, index, false);
        if (!item) break;
        node = item[1];
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

  /**
   * The key and value offsets of an entry of the collection at `pos`, indexing its entries in order only as far
   * as needed: the first pair with a key wins, as the exact locator's does.
   */
  private entryOf<K extends string | number>(
    all: Map<number, Entries<K>>,
    pos: number,
    key: K,
    isMap: boolean,
  ): [number, number] | undefined {
    let index = all.get(pos);
    if (!index) {
      index = { found: new Map(), next: pos, count: 0 };
      all.set(pos, index);
      if (this.text.charCodeAt(pos) === 123 || this.text.charCodeAt(pos) === 91) this.flowEntries(index, pos);
    }
    const { found } = index;
    const col = columnOf(this.text, pos);
    while (!found.has(key) && index.next !== undefined) {
      const at = index.next;
      const end = lineEnd(this.text, at);
      if (isMap) {
        const name = (readKey(this.cursor, at, end) ?? '') as K;
        if (!found.has(name)) found.set(name, [at, this.valueAt(this.cursor.next, end, col, true)]);
      } else found.set(index.count as K, [at, this.valueAt(at + 1, end, col, false)]);
      index.count++;
      index.next = this.following(end, col, !isMap);
    }
    return found.get(key);
  }

  private flowEntries<K extends string | number>(index: Entries<K>, pos: number): void {
    const { found } = index;
    index.next = undefined;
    flowCollection(this.cursor, pos, lineEnd(this.text, pos), 0, (key, keyPos, valuePos) => {
      if (!found.has(key as K)) found.set(key as K, [keyPos, valuePos]);
    });
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

  /**
   * The next key (or dash, for `dashes`) in column `col` after the line ending at `end`. Deeper lines are skipped
   * by a search for the next line indented `col` spaces or less, which the regular expression engine does fast.
   */
  private following(end: number, col: number, dashes: boolean): number | undefined {
    const { text } = this;
    const shallow = shallowLine(col);
    shallow.lastIndex = end;
    for (let m = shallow.exec(text); m; m = shallow.exec(text)) {
      const line = m.index + 1;
      const indent = m[0].length - 1;
      if (text.charCodeAt(line + indent) === HASH) continue;
      if (indent < col) return undefined;
      const dash = isDash(text, line + indent);
      if (dash === dashes) return line + indent;
      // A sequence in the column of its mapping's keys belongs to the key before it.
      if (dashes || !dash) return undefined;
    }
    return undefined;
  }
}

/** A collection's entries found so far, and where the next one starts (undefined once all are found). */
interface Entries<K> {
  found: Map<K, [number, number]>;
  next: number | undefined;
  count: number;
}

const shallowLines: RegExp[] = [];

/** Finds a line break followed by at most `col` spaces and something else. */
function shallowLine(col: number): RegExp {
  return (shallowLines[col] ??= new RegExp(`\\n {0,${col}}(?=[^ \\r\\n])`, 'g'));
}
