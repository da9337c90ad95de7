import { isAlias, isMap, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml';
import type { DiagnosticCode } from '../model/diagnostic.js';
import { LIMITS } from './limits.js';
import { translator } from '../i18n/format.js';

/** A problem found in the YAML tree, at a character offset of the text. */
export interface TreeProblem {
  code: DiagnosticCode;
  message: string;
  offset: number;
}

/** What the inspection found: problems, and every alias in document order. */
export interface TreeReport {
  problems: TreeProblem[];
  aliases: Alias[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks a parsed document before it is turned into data: keys that could pollute prototypes, duplicate keys,
 * nesting beyond the limit, aliases to missing anchors and aliases inside their own anchor (which would make
 * the data circular). Never descends deeper than the limit, so it cannot overflow the stack.
 */
export function inspectTree(doc: Document.Parsed, lineOf: (offset: number) => number): TreeReport {
  const problems: TreeProblem[] = [];
  const aliases: Alias[] = [];
  const ancestors = new Set<unknown>();
  // Anchors seen so far in document order: an alias refers to the last one defined before it.
  const anchors = new Map<string, unknown>();
  let tooDeep = false;

  const visit = (node: unknown, depth: number): void => {
    if (isAlias(node)) {
      aliases.push(node);
      checkAlias(node, anchors.get(node.source), ancestors, problems);
      return;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.set(anchor, node);
    if (!isMap(node) && !isSeq(node)) return;
    if (depth > LIMITS.maxDepth) {
      if (!tooDeep) problems.push(tooDeepAt(start(node)));
      tooDeep = true;
      return;
    }
    ancestors.add(node);
    if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    } else {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (pair.key.anchor) anchors.set(pair.key.anchor, pair.key);
          checkKey(pair.key, seen, lineOf, problems);
        } else visit(pair.key, depth + 1);
        visit(pair.value, depth + 1);
      }
    }
    ancestors.delete(node);
  };
  visit(doc.contents, 1);
  return { problems, aliases };
}

/** The problem for nesting deeper than the limit, at the collection that crosses it. */
export function tooDeepAt(offset: number): TreeProblem {
  const message = translator()('cli.yaml.tooDeep', { count: LIMITS.maxDepth });
  return { code: 'yaml-too-deep', message, offset };
}

function checkKey(
  key: { value: unknown; range?: [number, number, number] | null },
  seen: Map<string, number>,
  lineOf: (offset: number) => number,
  problems: TreeProblem[],
): void {
  const name = String(key.value);
  const offset = start(key);
  if (FORBIDDEN_KEYS.has(name)) {
    problems.push({
      code: 'forbidden-key',
      message: translator()('cli.yaml.forbiddenKey', { name }),
      offset,
    });
  }
  const first = seen.get(name);
  if (first === undefined) seen.set(name, offset);
  else {
    problems.push({
      code: 'yaml-duplicate-key',
      message: translator()('cli.yaml.duplicateKey', { name, line: lineOf(first) }),
      offset,
    });
  }
}

function checkAlias(alias: Alias, target: unknown, ancestors: Set<unknown>, problems: TreeProblem[]): void {
  if (target === undefined) {
    problems.push({
      code: 'yaml-syntax',
      message: translator()('cli.yaml.aliasNoAnchor', { alias: alias.source }),
      offset: start(alias),
    });
  } else if (ancestors.has(target)) {
    problems.push({
      code: 'yaml-syntax',
      message: translator()('cli.yaml.aliasCircular', { alias: alias.source }),
      offset: start(alias),
    });
  }
}

function start(node: { range?: [number, number, number] | null } | Node): number {
  return node.range?.[0] ?? 0;
}
