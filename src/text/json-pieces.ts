import { inPieces } from './pieces.js';

/**
 * `JSON.stringify(value, null, 2)` followed by a newline, produced in pieces (see inPieces) so that a large
 * document (a score or report of thousands of questions) is written as it is made, never held whole.
 * Containers down to `splitDepth` levels are written member by member; deeper values go to JSON.stringify.
 */
export function jsonPieces(value: unknown, splitDepth = 3): Iterable<string> {
  return inPieces(document(value, splitDepth));
}

function* document(value: unknown, splitDepth: number): Generator<string> {
  yield* walk(toJsonValue(value), '', 0, splitDepth);
  yield '\n';
}

/** Writes `v`, a value already passed through its toJSON method. */
function* walk(v: unknown, indent: string, depth: number, splitDepth: number): Generator<string> {
  if (depth >= splitDepth || v === null || typeof v !== 'object') {
    yield (omitted(v) ? 'null' : JSON.stringify(v, null, 2)).replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${inner}`;
      const item = toJsonValue(v[i], String(i));
      yield* walk(omitted(item) ? null : item, inner, depth + 1, splitDepth);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(v)) {
    const item = toJsonValue((v as Record<string, unknown>)[key], key);
    if (omitted(item)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* walk(item, inner, depth + 1, splitDepth);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A value as JSON.stringify sees it: after its toJSON method, if it has one. */
function toJsonValue(value: unknown, key = ''): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as (k: string) => unknown).call(value, key) : value;
}
