import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

// Raw HTML on, tables on: anything user text could turn into a block or an inline element shows as a token.
const markdown = new MarkdownIt('default', { html: true, linkify: false });

// Tokens that only carry or break text; every other token (emphasis, links, code, HTML) is structure.
const TEXT_TOKENS = new Set(['text', 'text_special', 'softbreak', 'hardbreak']);

/** A Markdown document's structure as markdown-it parses it: block and inline tokens, their tags and nesting; no text. */
export function markdownStructure(source: string): string[] {
  const out: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type !== 'inline') out.push(`${' '.repeat(token.level)}${token.type} ${token.tag}`);
    for (const child of token.children ?? [])
      if (!TEXT_TOKENS.has(child.type)) out.push(`${' '.repeat(token.level)}  ${child.type} ${child.tag}`);
  }
  return out;
}

/** An HTML document's structure as parse5 parses it: elements, their nesting and attribute names; no text. */
export function htmlStructure(source: string): string[] {
  const out: string[] = [];
  const walk = (node: Node, depth: number): void => {
    if ('tagName' in node)
      out.push(
        `${' '.repeat(depth)}${node.tagName} ${node.attrs
          .map((a) => a.name)
          .sort()
          .join(' ')}`,
      );
    else if (node.nodeName === '#comment') out.push(`${' '.repeat(depth)}#comment`);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child, depth + 1);
    if ('content' in node) walk(node.content, depth + 1);
  };
  walk(parse(source), 0);
  return out;
}

/** The problems of text output: control characters, lone surrogates, bidi controls other than FSI … PDI pairs within a line. */
export function textProblems(text: string): string[] {
  const problems: string[] = [];
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066\u2067]/u.exec(text);
  if (control) problems.push(`control U+${control[0].charCodeAt(0).toString(16)} at ${control.index}`);
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text))
    problems.push('lone surrogate');
  for (const [n, line] of text.split('\n').entries()) {
    let open = 0;
    for (const c of line) {
      if (c === '\u2068') open++;
      else if (c === '\u2069' && --open < 0) break;
    }
    if (open !== 0) problems.push(`unbalanced isolate on line ${n + 1}`);
  }
  return problems;
}
