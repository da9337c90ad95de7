import { cssString } from '../text/css-string.js';
import type { Paper } from './output-format.js';

/** The CSS `size` of each paper. */
const SIZES: Readonly<Record<Paper, string>> = { a4: 'A4', letter: 'letter' };

/**
 * The print-only stylesheet a PDF adds to its page: the paper size, a running header (user text, escaped as a
 * CSS string) in the top-left margin box and "page / pages" in the bottom-right one of every page. It is
 * appended to the page's CSS, so it enters the page's one <style> element (and its CSP hash) with the rest.
 */
export function printPageCss(header: string, paper: Paper): string {
  const box = ['font-family: sans-serif;', 'font-size: 8pt;', 'color: #555;'].join(' ');
  return [
    '/* opsc-audit-pdf-page */',
    '@media print {',
    `  @page { size: ${SIZES[paper]}; margin: 18mm 14mm 16mm;`,
    `    @top-left { content: ${cssString(header)}; ${box} }`,
    `    @bottom-right { content: counter(page) " / " counter(pages); ${box} } }`,
    '}',
  ].join('\n');
}
