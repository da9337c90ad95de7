import type MarkdownIt from 'markdown-it';
import { cleanOutput, isolateBidi, stripControl } from '../text/sanitize.js';
import { translator } from '../i18n/format.js';

const SAFE_URL = /^(https?:|mailto:)/i;

/** True for URLs a report may link to: http, https and mailto only. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

let renderer: MarkdownIt | undefined;
// Each text rendered once: a template reads a question's guidance twice ({{#if}}, then the value), and parsing
// Markdown is most of the time a questionnaire takes to render.
const rendered = new Map<string, string>();

/**
 * Loads the Markdown renderer (markdown-it), which renderMarkdownHtml needs: only what renders guidance loads it
 * (render.ts prepareTemplates, for a template that shows it).
 */
export async function loadMarkdown(): Promise<void> {
  if (renderer) return;
  const { default: MarkdownIt } = await import('markdown-it');
  // Raw HTML in checklist Markdown is shown as text, never passed through.
  const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
  md.validateLink = (url) => isSafeUrl(url) || url.startsWith('#');
  md.disable(['image']);
  renderer = md;
}

/**
 * Renders checklist Markdown (guidance, descriptions) to sanitised HTML: no raw HTML, no unsafe links, no images.
 * loadMarkdown must have run.
 */
export function renderMarkdownHtml(source: string): string {
  if (!renderer) throw new Error(translator()('template.markdownNotLoaded'));
  let html = rendered.get(source);
  if (html === undefined) rendered.set(source, (html = renderer.render(source)));
  return html;
}

/**
 * Takes Markdown the build rendered with this same code (the bundled checklists' guidance, load/clean-cache.ts
 * renderedMarkdownFor) as rendered here: each source's HTML. Only exact sources match, so a text edited since
 * is rendered as usual.
 */
export function useRenderedMarkdown(done: readonly (readonly [string, string])[]): void {
  for (const [source, html] of done) rendered.set(source, html);
}

/** Hands over every source rendered so far with its HTML, and starts afresh: the build keeps them. */
export function takeRenderedMarkdown(): [string, string][] {
  const taken = [...rendered];
  rendered.clear();
  return taken;
}

/** Checklist Markdown made safe to embed in a Markdown report: raw HTML escaped, unsafe link targets dropped. */
export function neutralizeMarkdown(source: string): string {
  return source
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\]\(\s*(?!https?:|mailto:|#)(?:[^()]|\([^()]*\))*\)/gi, ']');
}

/**
 * Escapes user text for Markdown running text (a paragraph, a list item, a block quote), keeping it readable: it
 * stays literal text and cannot open any block or inline structure. Control sequences go first, whole: escaping
 * would split them (ESC [ becomes ESC \[) and leave their text behind. Each line is trimmed (no indented code) and
 * escaped where it starts (no heading, list, rule, setext underline); line breaks become hard breaks and blank
 * lines an empty hard-broken line, so several paragraphs stay inside the paragraph, list item or quote they are
 * placed in. Lines with right-to-left letters are isolated (isolateBidi). Headings and table cells need one line:
 * escapeMarkdownCell.
 */
export function escapeMarkdownInline(text: string): string {
  const lines = cleanOutput(text.replace(/\r\n/g, '\n'))
    .split('\n')
    .map((line) => escapeLine(line.trim()));
  const kept = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
  while (kept.at(-1) === '') kept.pop();
  while (kept[0] === '') kept.shift();
  // Isolated before the breaks are added: a backslash break must end its line, after the PDI.
  return isolateBidi(kept.join('\n')).replace(/\n/g, '\\\n');
}

/** Escapes user text for one Markdown table cell or heading: inline escaping on one line. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdownInline(text.replace(/\s*\n\s*/g, ' ')).trim();
}

/** One line of user text as literal Markdown: every character that could start structure is escaped. */
function escapeLine(line: string): string {
  return line
    .replace(/&(?=[a-z0-9#]+;)/gi, '&amp;')
    .replace(/([\\`*_[\]{}|~])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(?:#{1,6}|[+-])(?=\s|$)|^-(?=-)|^=/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * A URL for a Markdown autolink or link destination (`<…>`): the characters that would end or change it (space,
 * `<`, `>`, backslash, quotes, backticks, parentheses, brackets, control) percent-encoded; same address.
 */
export function escapeMarkdownUrl(url: string): string {
  return stripControl(url)
    .trim()
    .replace(/[\s<>"'`\\()[\]{}|^]/gu, percentEncode);
}

function percentEncode(c: string): string {
  const encoded = encodeURIComponent(c);
  return encoded === c ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : encoded;
}
