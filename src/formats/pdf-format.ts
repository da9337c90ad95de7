import type { MessageKey } from '../i18n/en.js';
import { oneLine } from '../text/sanitize.js';
import type { LoadedTemplate, OutputFormat, Paper } from './output-format.js';
import { printPageCss } from './print-css.js';

/** What a printed format renders: a template format's input, and the paper (`--paper`, default A4). */
export interface PrintInput {
  template: LoadedTemplate | undefined;
  paper?: Paper | undefined;
}

/** The longest running header, in characters (a long organisation name is cut with "…"). */
const HEADER_MAX = 160;

/**
 * The `pdf` format of a command: its `html` format's page, with the print stylesheet (paper, running header from
 * `header(input)`, page numbers) appended to the page's CSS; the command prints it with Chromium.
 */
export function pdfFormat<Input extends PrintInput>(
  html: OutputFormat<Input>,
  header: (input: Input) => string,
  description: MessageKey = 'cli.format.pdf',
): OutputFormat<Input> {
  return {
    description,
    ...(html.template ? { template: html.template } : {}),
    binary: true,
    printPdf: true,
    render(input) {
      const loaded = input.template;
      const css = printPageCss(oneLine(header(input), HEADER_MAX), input.paper ?? 'a4');
      return html.render({ ...input, template: loaded && { ...loaded, css: `${loaded.css}\n${css}` } });
    },
  };
}

/** The longest part of a running header, in characters: a long checklist title leaves room for the date. */
const PART_MAX = 60;

/** A running header from its parts, leaving out those missing: "Examplia · Checklist title · 2026-03-01". */
export function headerOf(parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => oneLine(p, PART_MAX))
    .join(' · ');
}
