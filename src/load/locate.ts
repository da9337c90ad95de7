import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedYaml } from './parse-yaml.js';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  col: number;
}

/**
 * Finds the position of the node at `path`; falls back to the nearest existing parent.
 * With `atKey`, points at the key of the last segment (for unknown or misplaced keys).
 */
export function locate(parsed: ParsedYaml, path: readonly (string | number)[], atKey = false): Position {
  let node: unknown = parsed.doc.contents;
  let best: number | undefined = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
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

function rangeStart(node: unknown): number | undefined {
  if (isPair(node)) return rangeStart(node.key);
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function toPosition(parsed: ParsedYaml, offset: number | undefined): Position {
  if (offset === undefined) return { line: 1, col: 1 };
  const pos = parsed.lineCounter.linePos(offset);
  return { line: pos.line, col: pos.col };
}
