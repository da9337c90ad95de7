import type { Io } from '../model/io.js';
import { EXIT } from '../errors.js';
import { requireChecklist } from './require-checklist.js';
import type { Paper } from '../formats/output-format.js';
import { pickFormat } from '../formats/output-format.js';
import { SHOW_FORMATS } from '../formats/show-formats.js';
import { writeFormatted } from './write-formatted.js';
import { renderedMarkdownFor } from '../load/clean-cache.js';
import { useRenderedMarkdown } from '../report/markdown.js';
import { currentLanguage } from '../i18n/index.js';

/** `opsc-audit show <checklist>`: an outline of the checklist, or a printable blank questionnaire (md, html). */
export async function runShow(
  ref: string,
  options: { format: string; output?: string; paper?: string },
  io: Io,
): Promise<number> {
  const format = pickFormat(SHOW_FORMATS, options.format);
  const index = await requireChecklist(ref, io);
  if (options.format === 'html' || options.format === 'pdf') {
    // The questionnaire's guidance as the build rendered it for the bundled checklists: the same HTML, not
    // rendered again (most of the time a questionnaire takes).
    const done = renderedMarkdownFor(index.checklist.id, currentLanguage());
    if (done) useRenderedMarkdown(done);
  }
  await writeFormatted(format, { index }, io, {
    output: options.output,
    inputs: [ref],
    formatName: options.format,
    paper: options.paper as Paper | undefined,
  });
  return EXIT.ok;
}
