import type { Io } from '../model/io.js';
import { InputError } from '../errors.js';
import { loadAnswers } from '../answers/load-answers.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { oneLine } from '../text/sanitize.js';

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

/** Writes diagnostics to stderr as `file:line:col severity code message`. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics)
    io.stderr.write(
      `${oneLine(d.file, 500)}:${d.line}:${d.col} ${d.severity} ${d.code} ${oneLine(d.message, 1000)}\n`,
    );
}
