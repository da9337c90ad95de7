import type { Io } from '../model/io.js';
import { currentLanguage } from '../i18n/index.js';
import { oneLine } from '../text/sanitize.js';
import { translatingLoader } from '../open/translated-checklist.js';
import type { ChecklistResult } from '../open/checklists.js';

const said = new WeakMap<Io, Set<string>>();

/**
 * The checklist loader of a command that shows checklist text: in the command's language (currentLanguage), each
 * note (no translation, an unusable one) written once per run on standard error.
 */
export function checklistLoader(io: Io): (ref: string, cwd: string) => Promise<ChecklistResult> {
  let seen = said.get(io);
  if (!seen) said.set(io, (seen = new Set()));
  const notes = seen;
  return translatingLoader(currentLanguage(), (message) => {
    if (notes.has(message)) return;
    notes.add(message);
    io.stderr.write(`opsc-audit: ${oneLine(message, 1000)}\n`);
  });
}
