import { FAILSAFE_SCHEMA, Type, load, type EventType, type State } from 'js-yaml';
import { LIMITS } from './limits.js';
import { BOOL, FLOAT, INT, NULL, toBool, toFloat, toInt } from './core-scalars.js';

/**
 * A quick reader for large, well-formed files. The exact parser (the `yaml` package, keeping every node's
 * position) needs about fifty times a file's size in memory; this one builds only the data. It is used only
 * to find out quickly that a large file is clean: any doubt here, and any diagnostic later, sends the file
 * through the exact parser, so every position a user sees still comes from it.
 */

// YAML 1.2 core schema, resolved exactly as the `yaml` package resolves plain scalars (core-scalars.ts).
const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (s: string) => NULL.test(s),
  construct: () => null,
});
const boolType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (s: string) => BOOL.test(s),
  construct: toBool,
});
const intType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s: string) => INT.test(s),
  construct: toInt,
});
const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s: string) => FLOAT.test(s),
  construct: toFloat,
});
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

// "null" is also what js-yaml makes of a null key (`~:`, `null:`, an empty key), which the yaml package reads as "".
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype', 'null']);
/** A line starting with `%`, or a `!` where a tag could start (prose such as "now!" does not match). */
const DIRECTIVE_OR_TAG = /^%|(?:^|[\s[{,])!/m;

/** Files at least this long (in characters) are first read with the quick reader. */
export const QUICK_FROM_CHARS = 256 * 1024;

/**
 * The data of a YAML document holding one mapping, or undefined when the quick reader cannot vouch for it:
 * a syntax error, a duplicate key, more than one document, an alias (shared value), a key that could touch a
 * prototype or that was null, a directive or a tag, or nesting past the limit. Never throws.
 */
export function quickData(text: string): Record<string, unknown> | undefined {
  // Directives (`%YAML 1.1` changes how scalars read) and explicit tags (`!!float 1`) are left to the exact parser.
  if (DIRECTIVE_OR_TAG.test(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, json: false, listener: ownString });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return plainTree(data, new Set(), 1) ? (data as Record<string, unknown>) : undefined;
}

/**
 * js-yaml returns most strings as slices of the source text, which keep the whole text alive (twice the file's
 * size when it holds any character past U+00FF). A copy made through JSON is a string of its own, stored one
 * byte per character when it can be, so the text is freed once parsing ends.
 */
function ownString(event: EventType, state: State): void {
  if (event === 'close' && typeof state.result === 'string' && state.result.length >= OWN_FROM)
    state.result = JSON.parse(JSON.stringify(state.result)) as string;
}

/** V8 copies strings shorter than this when slicing; longer ones are slices that keep their source. */
const OWN_FROM = 13;

/** Whether a value is a tree of plain objects, arrays and scalars: no shared node, no odd key, not too deep. */
function plainTree(value: object, seen: Set<object>, depth: number): boolean {
  if (depth > LIMITS.maxDepth || seen.has(value)) return false;
  seen.add(value);
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return false;
    const child = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object' && !plainTree(child, seen, depth + 1)) return false;
  }
  return true;
}
