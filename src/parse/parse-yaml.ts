import { Document, LineCounter, parseDocument, type Alias, type Node } from 'yaml';
import type { Finding } from '../model/diagnostic.js';
import { LIMITS } from './limits.js';
import { translator } from '../i18n/format.js';
import { inspectTree, tooDeepAt, type TreeProblem } from './inspect-tree.js';
import { QUICK_FROM_CHARS, quickData } from './quick-parse.js';

/** A parsed YAML file: its data and what is needed to map paths back to positions. */
export interface ParsedYaml {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, or undefined when the YAML could not be turned into data. */
  data: unknown;
  /** Problems found while parsing, already positioned. */
  problems: PositionedFinding[];
  /**
   * Set when the data came from the quick reader (large files): `doc` and `lineCounter` are then built on first
   * use, and a validator that finds anything to report starts again from `exact()`, so positions stay exact.
   */
  exact?: () => ParsedYaml;
}

/** How a file is parsed. */
export interface ParseOptions {
  /** Texts at least this long are first read with the quick reader; Infinity turns it off. */
  quickFrom?: number;
}

/** A finding placed at a line and column rather than at a path. */
export interface PositionedFinding extends Omit<Finding, 'path'> {
  line: number;
  col: number;
}

/** Parses YAML text, keeping positions; never throws for bad input, never builds circular or huge data. */
export function parseYaml(text: string, options: ParseOptions = {}): ParsedYaml {
  if (text.length >= (options.quickFrom ?? QUICK_FROM_CHARS)) {
    const data = quickData(text);
    if (data !== undefined) return quickParsed(text, data);
  }
  return parseExact(text);
}

function quickParsed(text: string, data: unknown): ParsedYaml {
  let exact: ParsedYaml | undefined;
  const full = (): ParsedYaml => (exact ??= parseExact(text));
  return {
    get doc() {
      return full().doc;
    },
    get lineCounter() {
      return full().lineCounter;
    },
    data,
    problems: [],
    exact: full,
  };
}

function parseExact(text: string): ParsedYaml {
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
    return { doc, lineCounter, data: undefined, problems: firstPerLine(syntax) };
  }
  const version = otherVersion(doc, text);
  if (version) return { doc, lineCounter, data: undefined, problems: [at(version)] };
  const tree = inspectTree(doc, (offset) => lineCounter.linePos(offset).line);
  const problems = tree.problems.map(at);
  if (problems.length > 0) return { doc, lineCounter, data: undefined, problems };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch {
    return { doc, lineCounter, data: undefined, problems: [at(aliasLimit(tree.aliases))] };
  }
  // Aliases can nest a shallow-looking anchor deep inside another: measure the data itself.
  if (tree.aliases.length > 0 && dataDepth(data) > LIMITS.maxDepth) {
    const last = tree.aliases[tree.aliases.length - 1];
    return { doc, lineCounter, data: undefined, problems: [at(tooDeepAt(last?.range?.[0] ?? 0))] };
  }
  return { doc, lineCounter, data, problems: [] };
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

function unparsed(lineCounter: LineCounter, problems: PositionedFinding[]): ParsedYaml {
  return { doc: parseDocument('', { lineCounter }), lineCounter, data: undefined, problems };
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
