import type { Io } from '../model/io.js';
import { EXIT, InputError } from '../errors.js';
import { loadChecklist } from '../load/checklists.js';
import { formatOutline } from '../report/outline.js';
import { oneLine } from '../text/sanitize.js';
import { writeOutput } from '../load/write-output.js';

/** `opsc-audit show <checklist>`: an outline of the checklist. */
export async function runShow(
  ref: string,
  options: { format: string; output?: string },
  io: Io,
): Promise<number> {
  const result = await loadChecklist(ref, io.cwd);
  if (!result.ok) {
    for (const d of result.diagnostics)
      io.stderr.write(`${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${oneLine(d.message)}\n`);
    throw new InputError(result.message);
  }
  await writeOutput(formatOutline(result.index), options.output, io);
  return EXIT.ok;
}
