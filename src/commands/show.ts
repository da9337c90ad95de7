import type { Io } from '../model/io.js';
import { EXIT, InputError } from '../errors.js';
import { loadChecklist } from '../open/checklists.js';
import type { Paper } from '../formats/output-format.js';
import { pickFormat } from '../formats/output-format.js';
import { SHOW_FORMATS } from '../formats/show-formats.js';
import { printDiagnostics } from './print-diagnostics.js';
import { writeFormatted } from './write-formatted.js';

/** `opsc-audit show <checklist>`: an outline of the checklist, or a printable blank questionnaire (md, html). */
export async function runShow(
  ref: string,
  options: { format: string; output?: string; paper?: string },
  io: Io,
): Promise<number> {
  const format = pickFormat(SHOW_FORMATS, options.format);
  const result = await loadChecklist(ref, io.cwd);
  if (!result.ok) {
    printDiagnostics(result.diagnostics, io);
    throw new InputError(result.message);
  }
  await writeFormatted(format, { index: result.index }, io, {
    output: options.output,
    inputs: [ref],
    formatName: options.format,
    paper: options.paper as Paper | undefined,
  });
  return EXIT.ok;
}
