import { resolve } from 'node:path';
import type { Io } from '../model/io.js';
import { UsageError } from '../errors.js';
import type {
  LoadedTemplate,
  OutputFormat,
  Paper,
  Rendered,
  TemplateSpec,
} from '../formats/output-format.js';
import {
  readBundledStyle,
  readBundledTemplate,
  readTemplateAssets,
  templateFormatOf,
  readTemplateFile,
} from '../load/read-templates.js';
import { binaryToTerminal, toTerminal, writeOutput } from '../output/write-output.js';
import { cleanOutput } from '../text/sanitize.js';
import { TemplateError } from '../report/template-error.js';

/** Where rendered output goes and what it must not overwrite. */
export interface WriteFormattedOptions {
  /** `-o`: a file, or standard output when undefined or "-". */
  output?: string | undefined;
  /** The command's input files, which `-o` must not name. */
  inputs?: readonly (string | undefined)[];
  /** `--template`: the user's template file, used instead of the format's bundled one. */
  template?: string | undefined;
  /** `-f`: the format's name, for messages. */
  formatName?: string | undefined;
  /** `--paper` of a printed format (pdf). */
  paper?: Paper | undefined;
}

/**
 * Renders data in a format and writes it (see writeOutput), reading the format's template first when it has one.
 * The one place where a template that does not compile or render becomes a usage error.
 */
export async function writeFormatted<Input>(
  format: OutputFormat<Input & { template: LoadedTemplate | undefined; paper?: Paper | undefined }>,
  input: Input,
  io: Io,
  options: WriteFormattedOptions = {},
): Promise<void> {
  // Refused before any work: bytes would only garble a terminal.
  if (format.binary === true && toTerminal(options.output, io)) throw binaryToTerminal(options.formatName);
  const user = options.template === undefined ? undefined : { file: options.template, cwd: io.cwd };
  const template = format.template ? await readTemplate(format.template, user) : undefined;
  try {
    const rendered = await format.render({ ...input, template, paper: options.paper });
    const written = format.printPdf === true ? await printed(rendered, io) : rendered;
    await writeOutput(written, options.output, io, {
      inputs: options.inputs ?? [],
      format: format.json === true ? 'json' : 'text',
      formatName: options.formatName,
    });
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}

/** A rendered HTML page printed to PDF by the system's Chromium (loaded only for -f pdf). */
async function printed(page: Rendered, io: Io): Promise<Uint8Array> {
  const text =
    typeof page === 'string'
      ? page
      : page instanceof Uint8Array
        ? new TextDecoder().decode(page)
        : [...page].join('');
  // As the HTML output: control removed, the isolates that keep names and numbers in order kept (cleanOutput).
  const html = cleanOutput(text);
  const { printPdf } = await import('../output/print-pdf.js');
  return printPdf(html, io);
}

/** Reads a format's template (or the user's, named as typed, in its place), with the shared partials and CSS. */
export async function readTemplate(
  spec: TemplateSpec,
  user?: { file: string; cwd: string },
): Promise<LoadedTemplate> {
  const source = user
    ? await readTemplateFile(resolve(user.cwd, user.file), user.file)
    : await readBundledTemplate(spec.file);
  const format = templateFormatOf(spec.file);
  const assets = await readTemplateAssets(format);
  const css =
    spec.css === undefined ? assets.css : `${assets.css}\n${await readBundledStyle(spec.css, format)}`;
  return { source, name: user?.file ?? spec.file, partials: assets.partials, css };
}
