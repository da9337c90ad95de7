import type { Io } from '../model/io.js';
import { InputError } from '../errors.js';
import { loadAnswers } from '../answers/load-answers.js';
import { printDiagnostics } from './print-diagnostics.js';

/** Loads an answers file with its checklist; prints warnings; prints diagnostics and throws when unusable. */
export async function requireAnswers(path: string, checklistRef: string | undefined, io: Io) {
  const result = await loadAnswers(path, io.cwd, checklistRef);
  if (!result.ok) {
    printDiagnostics(result.diagnostics, io);
    throw new InputError(result.message);
  }
  printDiagnostics(result.warnings, io);
  return result;
}
