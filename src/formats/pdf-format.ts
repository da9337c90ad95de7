import type { MessageKey } from '../i18n/en.js';
import { textDirection, type TextDirection } from '../i18n/direction.js';
import { currentLanguage } from '../i18n/index.js';
import { cleanOutput, isolateBidi, oneLine } from '../text/sanitize.js';
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
      const dir = textDirection(currentLanguage());
      const css = printPageCss(runningHeader(header(input), dir), input.paper ?? 'a4', dir);
      return html.render({ ...input, template: loaded && { ...loaded, css: `${loaded.css}\n${css}` } });
    },
  };
}

/** The longest part of a running header, in characters: a long checklist title leaves room for the date. */
const PART_MAX = 60;

/**
 * A running header from its parts, leaving out those missing: "Examplia · Checklist title · 2026-03-01"; each
 * part isolated as the page's direction needs (isolateBidi), so that a name cannot reorder the parts.
 */
export function headerOf(parts: readonly (string | null | undefined)[]): string {
  const dir = textDirection(currentLanguage());
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => isolateBidi(oneLine(p, PART_MAX), dir))
    .join(' · ');
}

/** The header on one line, cut at HEADER_MAX, keeping the isolates of its parts (oneLine would remove them). */
function runningHeader(text: string, dir: TextDirection): string {
  const flat = cleanOutput(text.replace(/\s+/g, ' ')).trim();
  const cut = flat.length > HEADER_MAX ? `${flat.slice(0, HEADER_MAX - 1)}…` : flat;
  return isolateBidi(cut, dir);
}
