import type { Io } from '../model/io.js';
import type { ChecklistIndex } from '../model/checklist.js';
import { InputError } from '../errors.js';
import { checklistLoader } from './checklist-language.js';
import { translator } from '../i18n/format.js';
import { printDiagnostics } from './print-diagnostics.js';

/**
 * The checklist `ref` names (a bundled id or a path). When it cannot be used, its diagnostics are printed and its
 * message thrown (exit 2); with `option` (e.g. `--checklist`), the message also says to name the checklist with it.
 */
export async function requireChecklist(ref: string, io: Io, option?: string): Promise<ChecklistIndex> {
  // In the command's language: the translation beside the checklist applied (open/translated-checklist.ts).
  const loaded = await checklistLoader(io)(ref, io.cwd);
  if (!loaded.ok) {
    printDiagnostics(loaded.diagnostics, io);
    const { message } = loaded;
    throw new InputError(
      option === undefined ? message : translator()('cli.load.nameChecklist', { message, option }),
    );
  }
  return loaded.index;
}
