import type { Document } from 'docx';
import type { MessageKey } from '../i18n/en.js';
import type { OutputFormat } from './output-format.js';

/**
 * A `docx` format: a Word document built from the command's view model by `build` (src/docx), packed into the
 * bytes of a .docx file. The docx library is imported on first use, so --help stays quick.
 */
export function docxFormat<Input>(
  build: (input: Input) => Promise<Document>,
  description: MessageKey = 'cli.format.docx',
): OutputFormat<Input, Uint8Array> {
  return {
    description,
    binary: true,
    async render(input) {
      const [{ Packer }, doc] = await Promise.all([import('docx'), build(input)]);
      return new Uint8Array(await Packer.toArrayBuffer(doc));
    },
  };
}
