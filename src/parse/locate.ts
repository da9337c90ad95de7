import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ExactParsed } from './parse-yaml.js';
import type { Position } from './parsed.js';

/**
 * Finds the position of the node at `path`; falls back to the nearest existing parent.
 * With `atKey`, points at the key of the last segment (for unknown or misplaced keys).
 */
export function locate(parsed: ExactParsed, path: readonly (string | number)[], atKey = false): Position {
  let node: unknown = parsed.doc.contents;
  let best: number | undefined = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = pairByKey(node).get(String(segment));
      if (!pair) break;
      if (last && atKey) return toPosition(parsed, rangeStart(pair.key) ?? best);
      node = pair.value ?? pair.key;
      best = rangeStart(node) ?? rangeStart(pair.key) ?? best;
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      if (item === undefined) break;
      node = item;
      best = rangeStart(node) ?? best;
    } else {
      break;
    }
  }
  return toPosition(parsed, best);
}

/** Each map's pairs by key, built on first use, so locating many paths in one large map is not quadratic. */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairByKey(map: YAMLMap): Map<string, Pair> {
  let byKey = pairIndexes.get(map);
  if (!byKey) {
    byKey = new Map();
    for (const pair of map.items) {
      // The first pair with a key wins, as a duplicate key is reported at the second one.
      if (isScalar(pair.key) && !byKey.has(String(pair.key.value))) byKey.set(String(pair.key.value), pair);
    }
    pairIndexes.set(map, byKey);
  }
  return byKey;
}

function rangeStart(node: unknown): number | undefined {
  if (isPair(node)) return rangeStart(node.key);
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function toPosition(parsed: ExactParsed, offset: number | undefined): Position {
  if (offset === undefined) return { line: 1, col: 1 };
  const pos = parsed.lineCounter.linePos(offset);
  return { line: pos.line, col: pos.col };
}
