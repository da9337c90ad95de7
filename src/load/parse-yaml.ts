import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Finding } from '../model/diagnostic.js';
import { LIMITS } from './limits.js';

/** A parsed YAML file: its data and what is needed to map paths back to positions. */
export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, or undefined when the YAML could not be turned into data. */
  data: unknown;
  /** Problems found while parsing, already positioned. */
  problems: PositionedFinding[];
}

export interface PositionedFinding extends Omit<Finding, 'path'> {
  line: number;
  col: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses YAML text, keeping positions; never throws for bad input. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: PositionedFinding[] = [];
  const flowDepth = maxFlowDepth(text);
  if (flowDepth > LIMITS.maxDepth) {
    const doc = parseDocument('', { lineCounter });
    problems.push(at(1, 1, 'yaml-too-deep', `nesting is deeper than ${LIMITS.maxDepth} levels`));
    return { doc, lineCounter, data: undefined, problems };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch {
    const empty = parseDocument('', { lineCounter: new LineCounter() });
    problems.push(at(1, 1, 'yaml-too-deep', 'document is too deeply nested to parse'));
    return { doc: empty, lineCounter, data: undefined, problems };
  }
  for (const error of doc.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    const code = error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax';
    problems.push(at(pos.line, pos.col, code, firstLine(error.message)));
  }
  if (doc.errors.length > 0) return { doc, lineCounter, data: undefined, problems };

  const depth = { max: 0 };
  walk(doc.contents, 1, depth, (keyNode) => {
    const pos = lineCounter.linePos(keyNode.range?.[0] ?? 0);
    problems.push(at(pos.line, pos.col, 'forbidden-key', `key "${String(keyNode.value)}" is not allowed`));
  });
  if (depth.max > LIMITS.maxDepth) {
    problems.push(at(1, 1, 'yaml-too-deep', `nesting is deeper than ${LIMITS.maxDepth} levels`));
    return { doc, lineCounter, data: undefined, problems };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    return { doc, lineCounter, data, problems };
  } catch {
    problems.push(
      at(1, 1, 'yaml-alias-limit', 'too many alias expansions (a possible "billion laughs" file)'),
    );
    return { doc, lineCounter, data: undefined, problems };
  }
}

function walk(
  node: unknown,
  depth: number,
  acc: { max: number },
  onForbidden: (key: { value: unknown; range?: [number, number, number] | null }) => void,
): void {
  if (depth > acc.max) acc.max = depth;
  if (depth > LIMITS.maxDepth) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) onForbidden(pair.key);
      walk(pair.value, depth + 1, acc, onForbidden);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) walk(item, depth + 1, acc, onForbidden);
  } else if (isPair(node)) {
    walk(node.value, depth, acc, onForbidden);
  }
}

/** Deepest bracket nesting, a cheap guard before the recursive parser sees the text. */
function maxFlowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 10 && max > LIMITS.maxDepth) break;
  }
  return max;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function at(line: number, col: number, code: PositionedFinding['code'], message: string): PositionedFinding {
  return { code, severity: 'error', message, line, col };
}

export type { Node };
