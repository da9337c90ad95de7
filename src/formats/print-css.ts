import type { TextDirection } from '../i18n/direction.js';
import { cssString } from '../text/css-string.js';
import type { Paper } from './output-format.js';

/** The CSS `size` of each paper. */
const SIZES: Readonly<Record<Paper, string>> = { a4: 'A4', letter: 'letter' };

/**
 * The print-only stylesheet a PDF adds to its page: the paper size, a running header (user text, escaped as a
 * CSS string) in the top margin box where lines start (top-left; top-right in a right-to-left page) and "page /
 * pages" in the bottom one where they end, on every page. Page margin boxes have no logical names, hence the
 * choice here. It is appended to the page's CSS, so it enters the page's one <style> element (and its CSP hash)
 * with the rest.
 */
export function printPageCss(header: string, paper: Paper, dir: TextDirection = 'ltr'): string {
  const box = ['font-family: sans-serif;', 'font-size: 8pt;', 'color: #555;', `direction: ${dir};`].join(' ');
  const [start, end] = dir === 'rtl' ? ['right', 'left'] : ['left', 'right'];
  return [
    '/* opsc-audit-pdf-page */',
    '@media print {',
    `  @page { size: ${SIZES[paper]}; margin: 18mm 14mm 16mm;`,
    `    @top-${start} { content: ${cssString(header)}; ${box} }`,
    `    @bottom-${end} { content: counter(page) " / " counter(pages); ${box} } }`,
    '}',
  ].join('\n');
}
