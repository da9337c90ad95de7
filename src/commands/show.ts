import type { Io } from '../model/io.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { loadChecklist } from '../load/checklists.js';
import { formatOutline } from '../report/outline.js';
import { printDiagnostics } from './print-diagnostics.js';
import { writeOutput } from '../load/write-output.js';

/** `opsc-audit show <checklist>`: an outline of the checklist, or a printable blank questionnaire (md, html). */
export async function runShow(
  ref: string,
  options: { format: string; output?: string },
  io: Io,
): Promise<number> {
  const result = await loadChecklist(ref, io.cwd);
  if (!result.ok) {
    printDiagnostics(result.diagnostics, io);
    throw new InputError(result.message);
  }
  if (options.format === 'md' || options.format === 'html') {
    const { renderQuestionnaire } = await import('./render-questionnaire.js');
    await writeOutput(await renderQuestionnaire(result.index, options.format), options.output, io, {
      inputs: [ref],
    });
    return EXIT.ok;
  }
  if (options.format !== 'text') throw new UsageError(`unknown format "${options.format}"`);
  await writeOutput(formatOutline(result.index), options.output, io, { inputs: [ref] });
  return EXIT.ok;
}
