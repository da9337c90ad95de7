import type { Io } from '../model/io.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatDiagnosticLine } from '../diagnostics/line.js';

/** Writes diagnostics to standard error, one `file:line:col severity code message` line each. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics) io.stderr.write(`${formatDiagnosticLine(d)}\n`);
}
