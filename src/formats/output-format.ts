import { UsageError } from '../errors.js';
import type { MessageKey } from '../i18n/en.js';
import { translator } from '../i18n/format.js';
import type { TemplateSource } from '../model/template-assets.js';

/** Rendered output: whole text, pieces written as they are produced (a long HTML page), or bytes (docx). */
export type Rendered = string | Iterable<string> | Uint8Array;

/** Paper sizes a printed format (pdf) can use; the first is the default. */
export const PAPERS = ['a4', 'letter'] as const;

/** A paper size: `--paper`. */
export type Paper = (typeof PAPERS)[number];

/** The bundled Handlebars template a format renders with, and a stylesheet added to the report CSS, if any. */
export interface TemplateSpec {
  file: string;
  css?: string;
}

/** A template read for rendering: its source, the name messages give it, its partials and CSS. */
export interface LoadedTemplate {
  source: TemplateSource;
  name: string;
  partials: Readonly<Record<string, TemplateSource>>;
  css: string;
}

/** One output format of a command: what --help says of it, and how it renders the command's data. */
export interface OutputFormat<Input, Output extends Rendered = Rendered> {
  /** The catalog key of a few words for --help. */
  description: MessageKey;
  /**
   * Renders the data; the command writes the result. It may return a promise, so that a renderer (Handlebars)
   * is loaded only when its format is used and the registry stays cheap to import for --help and --version.
   */
  render(input: Input): Output | Promise<Output>;
  /** Written as JSON: data kept exactly, control characters escaped rather than stripped. */
  json?: boolean;
  /** Rendered with this bundled template (which `report --template` replaces). */
  template?: TemplateSpec;
  /**
   * Bytes, not text (pdf, docx): written unchanged (no control characters stripped), and refused on a terminal,
   * which would show them as garbage.
   */
  binary?: boolean;
  /** The rendered HTML page is printed to PDF by the system's Chromium (output/print-pdf.ts) before it is written. */
  printPdf?: boolean;
}

/** A command's output formats by the name `-f` takes; the first one is the default. */
export type FormatRegistry<Input, Output extends Rendered = Rendered> = Readonly<
  Record<string, OutputFormat<Input, Output>>
>;

/** The names of a registry's formats, in order; the first is the default. */
export function formatNames(registry: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(registry);
}

/** The format of that name, or a usage error that lists the registry's formats. */
export function pickFormat<Input, Output extends Rendered>(
  registry: FormatRegistry<Input, Output>,
  name: string,
): OutputFormat<Input, Output> {
  const format = Object.hasOwn(registry, name) ? registry[name] : undefined;
  if (!format)
    throw new UsageError(
      translator()('cli.error.unknownFormat', { name, formats: formatNames(registry).join(', ') }),
    );
  return format;
}
