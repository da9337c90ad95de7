import { Document, LineCounter, parseDocument, type Alias, type Node } from 'yaml';
import { LIMITS } from './limits.js';
import { translator } from '../i18n/format.js';
import { inspectTree, tooDeepAt, type TreeProblem } from './inspect-tree.js';
import { QUICK_FROM_CHARS, quickData } from './quick-parse.js';
import { fastParsed } from './fast-parse.js';
import { locate } from './locate.js';
import type { ParsedYaml, PositionedFinding } from './parsed.js';

export type { ParsedYaml, PositionedFinding, Position } from './parsed.js';

/**
 * The slow tiers, loaded (with the `yaml` package) only when the fast reader declines a text: the quick reader
 * (js-yaml, for large files) and the exact parser, which keeps every node's position.
 */

/** A file parsed by the exact parser: its document and line counter as well. */
export interface ExactParsed extends ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** How a file is parsed. */
export interface ParseOptions {
  /** Whether the fast reader is tried first (it is unless quickFrom is Infinity). */
  fast?: boolean;
  /** Texts at least this long are read with the quick reader when the fast one declines; Infinity turns both off. */
  quickFrom?: number;
}

/** Parses YAML text, keeping positions; never throws for bad input, never builds circular or huge data. */
export function parseYaml(text: string, options: ParseOptions = {}): ParsedYaml {
  if (options.fast ?? options.quickFrom !== Infinity) {
    const fast = fastParsed(text);
    if (fast) return fast;
  }
  if (text.length >= (options.quickFrom ?? QUICK_FROM_CHARS)) {
    const data = quickData(text);
    if (data !== undefined) return quickParsed(text, data);
  }
  return parseExactYaml(text);
}

function quickParsed(text: string, data: unknown): ParsedYaml {
  let exact: ParsedYaml | undefined;
  const full = (): ParsedYaml => (exact ??= parseExactYaml(text));
  return { data, problems: [], locate: (path, atKey) => full().locate(path, atKey), exact: full };
}

/** Parses YAML text with the exact parser alone, keeping every node's position. */
export function parseExactYaml(text: string): ExactParsed {
  const lineCounter = new LineCounter();
  const deepFlow = flowTooDeepAt(text);
  if (deepFlow !== undefined) return unparsed(lineCounter, [positionInText(text, tooDeepAt(deepFlow))]);
  let doc: Document.Parsed;
  try {
    // Duplicate keys are found by inspectTree, which can name the key and its first line.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return unparsed(new LineCounter(), [{ ...tooDeepAt(0), line: 1, col: 1, severity: 'error' }]);
  }
  const at = (p: TreeProblem): PositionedFinding => {
    const { line, col } = lineCounter.linePos(p.offset);
    return { code: p.code, severity: 'error', message: p.message, line, col };
  };
  if (doc.errors.length > 0) {
    const syntax = doc.errors.map((e) =>
      at({ code: 'yaml-syntax', message: syntaxMessage(e.code, e.message), offset: e.pos[0] }),
    );
    return exactParsed(doc, lineCounter, undefined, firstPerLine(syntax));
  }
  const version = otherVersion(doc, text);
  if (version) return exactParsed(doc, lineCounter, undefined, [at(version)]);
  const tree = inspectTree(doc, (offset) => lineCounter.linePos(offset).line);
  const problems = tree.problems.map(at);
  if (problems.length > 0) return exactParsed(doc, lineCounter, undefined, problems);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch {
    return exactParsed(doc, lineCounter, undefined, [at(aliasLimit(tree.aliases))]);
  }
  // Aliases can nest a shallow-looking anchor deep inside another: measure the data itself.
  if (tree.aliases.length > 0 && dataDepth(data) > LIMITS.maxDepth) {
    const last = tree.aliases[tree.aliases.length - 1];
    return exactParsed(doc, lineCounter, undefined, [at(tooDeepAt(last?.range?.[0] ?? 0))]);
  }
  return exactParsed(doc, lineCounter, data, []);
}

function exactParsed(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  data: unknown,
  problems: PositionedFinding[],
): ExactParsed {
  const parsed: ExactParsed = {
    doc,
    lineCounter,
    data,
    problems,
    locate: (path, atKey) => locate(parsed, path, atKey),
  };
  return parsed;
}

/**
 * A `%YAML` directive naming another version than 1.2. Under `%YAML 1.1`, the `yaml` package reads 010 as eight
 * and yes as true; js-yaml, and every file without the line, read ten and "yes". Refusing the line keeps one
 * reading of every file, whatever its size.
 */
function otherVersion(doc: Document.Parsed, text: string): TreeProblem | undefined {
  if (!doc.directives.yaml.explicit) return undefined;
  const directive = /^%YAML[ \t]+([^\s#]*)/m.exec(text);
  if (!directive || directive[1] === '1.2') return undefined;
  return {
    code: 'yaml-syntax',
    message: translator()('cli.yaml.otherVersion', { version: directive[1] ?? '' }),
    offset: directive.index,
  };
}

function unparsed(lineCounter: LineCounter, problems: PositionedFinding[]): ExactParsed {
  return exactParsed(parseDocument('', { lineCounter }), lineCounter, undefined, problems);
}

function aliasLimit(aliases: readonly Alias[]): TreeProblem {
  const last = aliases[aliases.length - 1];
  return {
    code: 'yaml-alias-limit',
    message: translator()('cli.yaml.aliasLimit', { count: LIMITS.maxAliasCount }),
    offset: last?.range?.[0] ?? 0,
  };
}

/** Offset of the first bracket nested deeper than the limit, a cheap guard before the recursive parser runs. */
function flowTooDeepAt(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      if (depth > LIMITS.maxDepth) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** Height of nested arrays and objects, capped just past the limit; shared (aliased) values are measured once. */
function dataDepth(value: unknown, memo = new Map<object, number>(), depth = 0): number {
  if (value === null || typeof value !== 'object') return 0;
  const known = memo.get(value);
  if (known !== undefined) return known;
  let height = 1;
  if (depth <= LIMITS.maxDepth) {
    for (const child of Object.values(value))
      height = Math.max(height, 1 + dataDepth(child, memo, depth + 1));
  }
  memo.set(value, height);
  return height;
}

function positionInText(text: string, p: TreeProblem): PositionedFinding {
  const before = text.slice(0, p.offset);
  const line = before.split('\n').length;
  const col = p.offset - before.lastIndexOf('\n');
  return { code: p.code, severity: 'error', message: p.message, line, col };
}

/** A syntax error often sets off more on the same line; only the first says anything useful. */
function firstPerLine(problems: PositionedFinding[]): PositionedFinding[] {
  const lines = new Set<number>();
  return problems.filter((p) => {
    if (lines.has(p.line)) return false;
    lines.add(p.line);
    return true;
  });
}

function syntaxMessage(code: string, message: string): string {
  if (code === 'MULTIPLE_DOCS') return translator()('cli.yaml.multipleDocuments');
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

export type { Node };
