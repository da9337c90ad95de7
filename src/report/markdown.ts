import MarkdownIt from 'markdown-it';
import { stripControl } from '../text/sanitize.js';

const SAFE_URL = /^(https?:|mailto:)/i;

/** True for URLs a report may link to: http, https and mailto only. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

let renderer: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (!renderer) {
    // Raw HTML in checklist Markdown is shown as text, never passed through.
    renderer = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
    renderer.validateLink = (url) => isSafeUrl(url) || url.startsWith('#');
    renderer.disable(['image']);
  }
  return renderer;
}

/** Renders checklist Markdown (guidance, descriptions) to sanitised HTML: no raw HTML, no unsafe links, no images. */
export function renderMarkdownHtml(source: string): string {
  return markdown().render(source);
}

/** Checklist Markdown made safe to embed in a Markdown report: raw HTML escaped, unsafe link targets dropped. */
export function neutralizeMarkdown(source: string): string {
  return source
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\]\(\s*(?!https?:|mailto:|#)(?:[^()]|\([^()]*\))*\)/gi, ']');
}

/**
 * Escapes user text for inline Markdown, keeping it readable: only characters that would change meaning. Control
 * sequences go first, whole: escaping would split them (ESC [ becomes ESC \[) and leave their text behind.
 */
export function escapeMarkdownInline(text: string): string {
  return stripControl(text.replace(/\r\n/g, '\n'))
    .replace(/&(?=[a-z0-9#]+;)/gi, '&amp;')
    .replace(/([\\`*_[\]{}|~])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/gm, '$1\\$2')
    .replace(/\n+/g, (m) => (m.length > 1 ? '\n\n' : '  \n'));
}

/** Escapes user text for one Markdown table cell: inline escaping on one line. */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdownInline(text.replace(/\s*\n\s*/g, ' ')).trim();
}
