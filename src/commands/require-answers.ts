import type { Io } from '../model/io.js';
import { InputError } from '../errors.js';
import { readAnswers, type AnswersRead } from '../open/read-answers.js';
import { printDiagnostics } from './print-diagnostics.js';
import { checklistLoader } from './checklist-language.js';

/** The usable answers of a read; when unusable, its diagnostics are printed and its message thrown (exit 2). */
export function requireUsable<Extra>(
  result: AnswersRead<Extra>,
  io: Io,
): Extract<AnswersRead<Extra>, { ok: true }> {
  if (!result.ok) {
    printDiagnostics(result.diagnostics, io);
    throw new InputError(result.message);
  }
  return result;
}

/** Reads an answers file with its checklist (see readAnswers); prints its warnings; when unusable, as requireUsable. */
export async function requireAnswers(path: string, checklist: string | undefined, io: Io) {
  const loadChecklist = checklistLoader(io);
  const result = requireUsable(await readAnswers(path, { cwd: io.cwd, checklist, loadChecklist }), io);
  printDiagnostics(result.warnings, io);
  return result;
}
